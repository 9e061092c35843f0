package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The method the collectivité applies to compute the quotient familial: the calculator computes it first. */
@AdminController
class QuotientMethodeAdminController {

    private final QuotientMethodes methodes;
    private final AuditLog audit;

    QuotientMethodeAdminController(QuotientMethodes methodes, AuditLog audit) {
        this.methodes = methodes;
        this.audit = audit;
    }

    @PostMapping("/admin/{slug}/tarifs/methode-quotient")
    String save(
            @Managed Collectivite c,
            @RequestParam QuotientFamilial.Methode methode,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes flash) {
        methodes.set(c.id(), methode, user.id());
        audit.record(c.id(), user.id(), "METHODE_QUOTIENT", "collectivite", String.valueOf(c.id()), methode.name());
        flash.addFlashAttribute(
                "message", "Le calculateur applique désormais " + methode.libelle() + " et la présente en premier.");
        return "redirect:/admin/" + c.slug() + "/tarifs";
    }
}
