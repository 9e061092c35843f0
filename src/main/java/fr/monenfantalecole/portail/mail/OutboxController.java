package fr.monenfantalecole.portail.mail;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The outbox: what the portal wrote, for the platform admin (all) and each collectivité (its own). */
@AdminController
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/plateforme/courriels")
    String platform(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        if (!user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
        model.addAttribute("titre", "Courriels de la plateforme");
        model.addAttribute("retour", "/admin");
        model.addAttribute("courriels", outbox.recent(null, 200));
        model.addAttribute("sends", outbox.sends());
        return "mail/outbox";
    }

    @GetMapping("/admin/{slug}/courriels")
    String collectivite(@Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c, Model model) {
        model.addAttribute("titre", "Courriels de " + c.nom());
        model.addAttribute("retour", "/admin/" + c.slug() + "/pages-ecoles");
        model.addAttribute("courriels", outbox.recent(c.id(), 200));
        model.addAttribute("sends", outbox.sends());
        return "mail/outbox";
    }
}
