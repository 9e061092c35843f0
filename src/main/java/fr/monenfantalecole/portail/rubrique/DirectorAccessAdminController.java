package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.school.SchoolNames;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.WebAddresses;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who writes a school page: the mairie invites its director, and takes the page away from one who left. */
@AdminController
class DirectorAccessAdminController {

    /** The director's address as the mairie types it (messages in i18n/rubrique.properties). */
    record InvitationForm(@Size(max = 200) String email) {

        InvitationForm {
            email = Objects.requireNonNullElse(email, "").strip();
        }
    }

    private final SchoolPages pages;
    private final Invitations invitations;
    private final StaffUsers users;
    private final AuditLog audit;
    private final FormErrors formErrors;

    DirectorAccessAdminController(
            SchoolPages pages, Invitations invitations, StaffUsers users, AuditLog audit, FormErrors formErrors) {
        this.pages = pages;
        this.invitations = invitations;
        this.users = users;
        this.audit = audit;
        this.formErrors = formErrors;
    }

    @PostMapping("/admin/{slug}/pages-ecoles/{key}/inviter")
    String invite(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable String key,
            @AuthenticationPrincipal StaffPrincipal user,
            @Valid @ModelAttribute("invitationForm") InvitationForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        var e = pages.require(c, key);
        if (!WebAddresses.isEmail(form.email())) {
            result.rejectValue("email", "invitation.email");
        }
        if (result.hasErrors()) {
            redirect.addFlashAttribute("erreur", formErrors.of(result).get("email"));
            return back(c, e);
        }
        invitations.invite(c, e, form.email(), user.id());
        audit.record(c.id(), user.id(), "DIRECTEUR_INVITE", "etablissement", e.key(), form.email());
        // Queued, not sent yet: the outbox says when it has left, or that it failed.
        redirect.addFlashAttribute(
                "message",
                "Invitation prête pour " + form.email()
                        + " : le courriel part dans un instant (suivi dans « Courriels »).");
        return back(c, e);
    }

    /** A director who left: the establishment is taken away from them and their pending invitations cancelled. */
    @PostMapping("/admin/{slug}/pages-ecoles/{key}/directeurs/{userId:[0-9]+}/retirer")
    String revokeDirector(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c,
            @PathVariable String key,
            @PathVariable long userId,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes redirect) {
        var e = pages.require(c, key);
        var director = users.directorsOf(c.id(), e.key()).stream()
                .filter(d -> d.id() == userId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Directeur introuvable"));
        users.revokeDirector(userId, c.id(), e.key());
        invitations.cancel(c.id(), e.key(), director.email());
        audit.record(c.id(), user.id(), "DIRECTEUR_RETIRE", "etablissement", e.key(), director.email());
        redirect.addFlashAttribute(
                "message", director.nom() + " n'a plus accès à la page " + SchoolNames.de(e.nom()) + ".");
        return back(c, e);
    }

    private static String back(Collectivite c, SchoolPage e) {
        return "redirect:/admin/" + c.slug() + "/pages-ecoles/" + e.key();
    }
}
