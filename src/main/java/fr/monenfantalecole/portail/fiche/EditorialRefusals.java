package fr.monenfantalecole.portail.fiche;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A step of the editorial chain the user may not take, outside a form that shows it in place: its own page. */
@ControllerAdvice(assignableTypes = {EditorialController.class, VersionController.class, ReviewChainController.class})
class EditorialRefusals {

    @ExceptionHandler(Editorial.Refused.class)
    String refused(Editorial.Refused e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "fiche/redaction/refus";
    }
}
