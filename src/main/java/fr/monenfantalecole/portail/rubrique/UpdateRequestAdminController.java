package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.French;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mairie asks a school to update its page by a deadline; the directors are told, then reminded. */
@AdminController
class UpdateRequestAdminController {

    private final SchoolPages pages;
    private final Rubriques rubriques;
    private final UpdateRequests requests;
    private final AuditLog audit;
    private final FormErrors formErrors;
    private final Clock clock;

    UpdateRequestAdminController(
            SchoolPages pages,
            Rubriques rubriques,
            UpdateRequests requests,
            AuditLog audit,
            FormErrors formErrors,
            Clock clock) {
        this.pages = pages;
        this.rubriques = rubriques;
        this.requests = requests;
        this.audit = audit;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @PostMapping("/admin/{slug}/pages-ecoles/{key}/demander")
    String requestUpdate(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable String key,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("updateRequestForm") UpdateRequestForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        var e = pages.require(c, key);
        if (rubriques.resolve(c).isEmpty()) {
            throw new NotFoundException("Aucune rubrique");
        }
        Long rubriqueId = form.rubrique();
        Rubrique r = rubriqueId == null ? null : rubriques.require(c, rubriqueId);
        LocalDate deadline = form.deadline();
        if (deadline == null || deadline.isBefore(LocalDate.now(clock))) {
            result.rejectValue("echeance", "updateRequest.echeance");
        }
        String back = "redirect:/admin/" + c.slug() + "/pages-ecoles/" + e.key();
        if (result.hasErrors() || deadline == null) {
            var errors = formErrors.of(result);
            redirect.addFlashAttribute("erreur", errors.getOrDefault("message", errors.get("echeance")));
            return back;
        }
        int written = requests.request(c, e, r, form.message(), deadline, user.id());
        audit.record(c.id(), user.id(), "MISE_A_JOUR_DEMANDEE", "etablissement", e.key(), form.message());
        redirect.addFlashAttribute(
                "message",
                written == 0
                        ? "Demande enregistrée. Aucun directeur n'a encore de compte : invitez-le pour qu'il la reçoive."
                        : "Demande envoyée à " + French.count(written, "directeur", "directeurs")
                                + " ; un rappel partira avant l'échéance.");
        return back;
    }
}
