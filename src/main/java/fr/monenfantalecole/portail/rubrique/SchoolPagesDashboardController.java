package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The mairie's view of its school pages: every page with the state of each rubrique, and one page
 * with its directors, pending invitations and update requests. A key outside the collectivité's
 * territory answers 404.
 */
@AdminController
class SchoolPagesDashboardController {

    private final Rubriques rubriques;
    private final RubriqueStatuses statuses;
    private final SchoolPages pages;
    private final Invitations invitations;
    private final UpdateRequests requests;
    private final StaffUsers users;
    private final Clock clock;

    SchoolPagesDashboardController(
            Rubriques rubriques,
            RubriqueStatuses statuses,
            SchoolPages pages,
            Invitations invitations,
            UpdateRequests requests,
            StaffUsers users,
            Clock clock) {
        this.rubriques = rubriques;
        this.statuses = statuses;
        this.pages = pages;
        this.invitations = invitations;
        this.requests = requests;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/admin/{slug}/pages-ecoles")
    String dashboard(@Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c, Model model) {
        var set = rubriques.resolve(c).orElse(null);
        var all = pages.of(c);
        model.addAttribute("collectivite", c);
        model.addAttribute("set", set);
        model.addAttribute("establishments", all);
        model.addAttribute(
                "statuses",
                set == null
                        ? Map.of()
                        : statuses.of(set, all.stream().map(SchoolPage::key).toList()));
        return "rubrique/dashboard";
    }

    @GetMapping("/admin/{slug}/pages-ecoles/{key}")
    String school(@Managed(Managed.Scope.SCHOOL_PAGES) Collectivite c, @PathVariable String key, Model model) {
        var e = pages.require(c, key);
        var set = rubriques.resolve(c).orElse(null);
        model.addAttribute("collectivite", c);
        model.addAttribute("etablissement", e);
        model.addAttribute("set", set);
        model.addAttribute(
                "statuses",
                set == null ? Map.of() : statuses.of(set, List.of(e.key())).get(e.key()));
        model.addAttribute("directors", users.directorsOf(c.id(), e.key()));
        model.addAttribute("invitations", invitations.pending(c.id(), e.key()));
        model.addAttribute("requests", requests.all(c.id(), e.key()));
        model.addAttribute("defaultDeadline", LocalDate.now(clock).plusDays(21).format(UpdateRequestForm.DATE));
        return "rubrique/school";
    }
}
