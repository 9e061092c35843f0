package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.news.ActualiteView;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mon espace": the household's children and schools, the coming weeks of their agenda, the sector of
 * the address, the collectivité's news, and the personal agenda link. On a portal that does not share
 * the account, the adult is offered to move their account there (a move to another commune).
 */
@Controller
class EspaceController {

    private final Household household;
    private final MySpace space;
    private final Adults adults;
    private final Collectivites collectivites;
    private final FamilyInvitations invitations;
    private final FamilyTokens tokens;
    private final FamilyJournal journal;
    private final Actualites news;

    EspaceController(
            Household household,
            MySpace space,
            Adults adults,
            Collectivites collectivites,
            FamilyInvitations invitations,
            FamilyTokens tokens,
            FamilyJournal journal,
            Actualites news) {
        this.household = household;
        this.space = space;
        this.adults = adults;
        this.collectivites = collectivites;
        this.invitations = invitations;
        this.tokens = tokens;
        this.journal = journal;
        this.news = news;
    }

    @NoForeignId("foyer de l'appelant")
    @GetMapping("/{slug}/mon-espace")
    String show(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @RequestParam(required = false) @Nullable String invitation,
            @RequestParam(required = false) @Nullable String bienvenue,
            HttpSession session,
            Model model) {
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        if (!household.atHome(me, collectivite)) {
            var adult = household.me(me);
            model.addAttribute("adult", adult);
            model.addAttribute(
                    "portailActuel",
                    collectivites
                            .findById(adult.collectiviteId())
                            .map(Collectivite::nom)
                            .orElse(""));
            return "family/elsewhere";
        }
        var adult = household.adult(me, collectivite);
        var today = space.today();
        model.addAttribute("adult", adult);
        model.addAttribute("bienvenue", bienvenue != null);
        model.addAttribute("invitationResultat", invitation);
        var enfants = space.children(collectivite, adult.id());
        model.addAttribute("enfants", enfants);
        model.addAttribute(
                "evenements",
                space.events(
                        collectivite,
                        enfants.stream().map(MySpace.ChildAtSchool::child).toList(),
                        today,
                        today.plusWeeks(6)));
        model.addAttribute("vacances", space.holidays(collectivite, today, today.plusMonths(3)));
        model.addAttribute("secteur", space.sector(collectivite, adult));
        model.addAttribute(
                "actualites",
                news.visible(collectivite.id(), today, 3).stream()
                        .map(a -> ActualiteView.of(a, site.basePath()))
                        .toList());
        Object pending = session.getAttribute(FamilyInvitationController.PENDING);
        model.addAttribute(
                "invitationEnAttente",
                pending instanceof String token ? invitations.byToken(token).orElse(null) : null);
        model.addAttribute("agendaActif", tokens.has(adult.id(), FamilyTokens.Usage.AGENDA));
        return "family/espace";
    }

    @NoForeignId("lien d'agenda de l'appelant")
    @PostMapping("/{slug}/mon-espace/agenda/lien")
    String newFeed(
            Collectivite collectivite,
            Site site,
            @AuthenticationPrincipal FamilyPrincipal me,
            RedirectAttributes redirect) {
        var adult = household.adult(me, collectivite);
        String token = tokens.issue(adult.id(), FamilyTokens.Usage.AGENDA);
        journal.record(adult.collectiviteId(), adult.id(), null, "agenda.lien", "nouveau lien", "famille");
        redirect.addFlashAttribute(
                "nouveauLienAgenda",
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                                .build()
                                .toUriString()
                        + site.link("/mon-espace/agenda/" + token + ".ics"));
        return "redirect:" + site.link("/mon-espace#agenda-personnel");
    }

    @NoForeignId("lien d'agenda de l'appelant")
    @PostMapping("/{slug}/mon-espace/agenda/lien/supprimer")
    String revokeFeed(Collectivite collectivite, Site site, @AuthenticationPrincipal FamilyPrincipal me) {
        var adult = household.adult(me, collectivite);
        tokens.revoke(adult.id(), FamilyTokens.Usage.AGENDA);
        journal.record(adult.collectiviteId(), adult.id(), null, "agenda.lien", "lien supprimé", "famille");
        return "redirect:" + site.link("/mon-espace#agenda-personnel");
    }

    @NoForeignId("compte de l'appelant")
    @PostMapping("/{slug}/mon-espace/rattacher")
    String move(Collectivite collectivite, Site site, @AuthenticationPrincipal FamilyPrincipal me) {
        var adult = household.me(me);
        adults.moveTo(adult.id(), collectivite.id());
        journal.record(collectivite.id(), adult.id(), null, "compte.rattache", "déménagement", "famille");
        return "redirect:" + site.link("/mon-espace");
    }
}
