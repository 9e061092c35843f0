package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.LoginName;
import fr.monenfantalecole.portail.shared.French;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.LinkToken;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second responsable légal's invitation: sent from "Mon foyer", opened from the e-mail. The link's
 * token is kept in the session (never in another address) until the invited adult, signed in with the
 * address invited, accepts it from "Mon espace".
 */
@Controller
class FamilyInvitationController {

    static final String PENDING = "portail.famille.invitation";

    private final Household household;
    private final HouseholdPage page;
    private final Adults adults;
    private final Children children;
    private final FamilyInvitations invitations;
    private final InvitationAnswer answer;
    private final FamilyMails mails;
    private final FamilyJournal journal;
    private final FormErrors formErrors;
    private final Clock clock;

    FamilyInvitationController(
            Household household,
            HouseholdPage page,
            Adults adults,
            Children children,
            FamilyInvitations invitations,
            InvitationAnswer answer,
            FamilyMails mails,
            FamilyJournal journal,
            FormErrors formErrors,
            Clock clock) {
        this.household = household;
        this.page = page;
        this.adults = adults;
        this.children = children;
        this.invitations = invitations;
        this.answer = answer;
        this.mails = mails;
        this.journal = journal;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @NoForeignId("invitation envoyée par l'appelant")
    @PostMapping("/{slug}/mon-espace/invitations")
    @Transactional
    String invite(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @Valid @ModelAttribute("invitation") InvitationForm form,
            BindingResult result,
            Model model) {
        var adult = household.adult(me, collectivite);
        var mine = form.children().stream()
                .filter(id -> children.get(adult.id(), id).isPresent())
                .toList();
        if (mine.isEmpty()) {
            result.rejectValue("enfants", "famille.invitation.enfants");
        }
        if (!result.hasFieldErrors("invitationEmail")) {
            var login = LoginName.normalise(form.invitationEmail());
            if (login.isEmpty()) {
                result.rejectValue("invitationEmail", "famille.email.email");
            } else if (login.equals(LoginName.normalise(adult.email()))) {
                result.rejectValue("invitationEmail", "famille.invitation.soi");
            } else if (invitations.alreadyInvited(adult.id(), form.invitationEmail())) {
                result.rejectValue("invitationEmail", "famille.invitation.deja");
            } else if (!mine.isEmpty() && alreadyResponsible(login.get(), mine)) {
                result.rejectValue("invitationEmail", "famille.invitation.dejaResponsable");
            }
        }
        if (result.hasErrors()) {
            return page.show(site, csrf, model, adult, null, null, form, formErrors.of(result), null);
        }
        String token = invitations.create(adult.id(), form.invitationEmail().strip(), mine);
        mails.invitation(collectivite, form.invitationEmail().strip(), adult.nomComplet(), token);
        journal.record(
                adult.collectiviteId(),
                adult.id(),
                null,
                "invitation.envoyee",
                French.count(mine.size(), "enfant", "enfants"),
                "famille");
        return "redirect:" + site.link("/mon-espace/foyer?invitationEnvoyee#invitations");
    }

    @PostMapping("/{slug}/mon-espace/invitations/{id}/annuler")
    String cancel(
            Collectivite collectivite, Site site, @AuthenticationPrincipal FamilyPrincipal me, @PathVariable long id) {
        var adult = household.adult(me, collectivite);
        if (!invitations.cancel(adult.id(), id)) {
            throw new NotFoundException("Invitation introuvable");
        }
        journal.record(adult.collectiviteId(), adult.id(), null, "invitation.annulee", "", "famille");
        return "redirect:" + site.link("/mon-espace/foyer?invitationAnnulee#invitations");
    }

    @NoForeignId("porteur du jeton d'invitation (secret, haché en base, gardé en session)")
    @GetMapping("/{slug}/compte/invitation")
    String open(
            Site site,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String jeton,
            HttpSession session,
            Model model) {
        if (LinkToken.keep(session, PENDING, jeton)) {
            return "redirect:" + site.link("/compte/invitation");
        }
        var invitation = invitations.byToken(LinkToken.read(session, PENDING)).filter(i -> i.ouverte(clock.instant()));
        if (invitation.isEmpty()) {
            session.removeAttribute(PENDING);
        }
        model.addAttribute("site", site);
        model.addAttribute("invitation", invitation.orElse(null));
        model.addAttribute("connecte", FamilySignIn.current().isPresent());
        return "family/invitation";
    }

    @NoForeignId("jeton gardé dans la session de l'appelant")
    @PostMapping("/{slug}/mon-espace/invitation/accepter")
    String accept(
            Collectivite collectivite, Site site, @AuthenticationPrincipal FamilyPrincipal me, HttpSession session) {
        household.adult(me, collectivite);
        Object token = session.getAttribute(PENDING);
        var outcome = token instanceof String t ? answer.accept(t, me.adulteId()) : InvitationAnswer.Outcome.CLOSED;
        if (outcome != InvitationAnswer.Outcome.OTHER_ADDRESS) {
            session.removeAttribute(PENDING);
        }
        return "redirect:"
                + site.link("/mon-espace?invitation=" + outcome.name().toLowerCase(java.util.Locale.ROOT));
    }

    private boolean alreadyResponsible(String login, java.util.List<Long> childIds) {
        var invited = adults.credentials(login);
        return invited.isPresent()
                && childIds.stream()
                        .allMatch(id -> children.get(invited.get().id(), id).isPresent());
    }
}
