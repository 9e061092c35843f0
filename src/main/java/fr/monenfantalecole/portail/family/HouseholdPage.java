package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.tenant.Site;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * "Mon foyer": one page with the adult's details, the children, the other responsables and what they
 * see, the adults allowed to collect the children, and the invitations. Each form posts on its own;
 * a form in error comes back here with what was typed in it and the others as they are stored.
 */
@Component
class HouseholdPage {

    private final Children children;
    private final AuthorisedAdults authorised;
    private final FamilyInvitations invitations;
    private final Clock clock;

    HouseholdPage(Children children, AuthorisedAdults authorised, FamilyInvitations invitations, Clock clock) {
        this.children = children;
        this.authorised = authorised;
        this.invitations = invitations;
        this.clock = clock;
    }

    String show(
            Site site,
            CsrfToken csrf,
            Model model,
            Adult adult,
            @Nullable ProfileForm profile,
            @Nullable AuthorisedForm authorisedForm,
            @Nullable InvitationForm invitation,
            Map<String, String> errors,
            @Nullable String notice) {
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute("adult", adult);
        model.addAttribute("profil", profile == null ? ProfileForm.of(adult) : profile);
        model.addAttribute("enfants", children.of(adult.id()));
        model.addAttribute("coParents", children.coParents(adult.id()));
        model.addAttribute("autorises", authorised.of(adult.id()));
        model.addAttribute("autorise", authorisedForm == null ? AuthorisedForm.EMPTY : authorisedForm);
        model.addAttribute("invitation", invitation == null ? InvitationForm.EMPTY : invitation);
        model.addAttribute(
                "invitations",
                invitations.sentBy(adult.id()).stream()
                        .filter(i -> i.ouverte(clock.instant()))
                        .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        return "family/household";
    }
}
