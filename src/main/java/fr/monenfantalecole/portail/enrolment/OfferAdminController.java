package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The collectivité's settings of the inscription scolaire: the proofs it requires and the dérogation
 * reasons it accepts. Saving them the first time opens the online inscription to its families; a
 * request already filed keeps the proofs it was filed with. Withdrawing them, once confirmed, closes
 * it again: the requests already filed are still handled.
 */
@AdminController
class OfferAdminController {

    private final Offers offers;
    private final FormErrors formErrors;

    OfferAdminController(Offers offers, FormErrors formErrors) {
        this.offers = offers;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/inscriptions/reglages")
    String show(@Managed Collectivite collectivite, Model model) {
        var offer = offers.of(collectivite.id());
        return page(collectivite, offer.map(OfferForm::of).orElse(OfferForm.SUGGESTED), Map.of(), model);
    }

    @PostMapping("/admin/{slug}/inscriptions/reglages")
    String save(
            @Managed Collectivite collectivite,
            @Valid @ModelAttribute("offerForm") OfferForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (result.hasErrors()) {
            return page(collectivite, form, formErrors.of(result), model);
        }
        offers.save(collectivite.id(), form.offer());
        redirect.addFlashAttribute("enregistre", true);
        return "redirect:/admin/" + collectivite.slug() + "/inscriptions/reglages";
    }

    @PostMapping("/admin/{slug}/inscriptions/reglages/fermer")
    String withdraw(
            @Managed Collectivite collectivite,
            @Valid @ModelAttribute("withdrawalForm") WithdrawalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(
                    collectivite,
                    offers.of(collectivite.id()).map(OfferForm::of).orElse(OfferForm.SUGGESTED),
                    formErrors.of(result),
                    model);
        }
        offers.withdraw(collectivite.id());
        redirect.addFlashAttribute("ferme", true);
        return "redirect:/admin/" + collectivite.slug() + "/inscriptions/reglages";
    }

    private String page(Collectivite collectivite, OfferForm form, Map<String, String> errors, Model model) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("offerte", offers.of(collectivite.id()).isPresent());
        model.addAttribute("offerForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("enregistre", Boolean.TRUE.equals(model.getAttribute("enregistre")));
        model.addAttribute("ferme", Boolean.TRUE.equals(model.getAttribute("ferme")));
        return "enrolment/reglages";
    }
}
