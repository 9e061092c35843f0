package fr.monenfantalecole.portail.home;

import fr.monenfantalecole.portail.news.ActualiteView;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.school.Niveau;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.service.LienService;
import fr.monenfantalecole.portail.service.LiensServices;
import fr.monenfantalecole.portail.service.Tarifs;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Site;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of portals, and the home page of each collectivité with its four zones. */
@Controller
class HomeController {

    private final Collectivites collectivites;
    private final SchoolDirectory schools;
    private final Actualites actualites;
    private final Tarifs tarifs;
    private final LiensServices liens;
    private final Clock clock;

    HomeController(
            Collectivites collectivites,
            SchoolDirectory schools,
            Actualites actualites,
            Tarifs tarifs,
            LiensServices liens,
            Clock clock) {
        this.tarifs = tarifs;
        this.liens = liens;
        this.actualites = actualites;
        this.collectivites = collectivites;
        this.schools = schools;
        this.clock = clock;
    }

    @NoForeignId("accueil de la plateforme")
    @GetMapping("/")
    String index(Model model) {
        var all = collectivites.all();
        model.addAttribute(
                "groups",
                List.of(
                                new Group(
                                        "Communes",
                                        all.stream()
                                                .filter(c -> c.type() == CollectiviteType.COMMUNE)
                                                .toList()),
                                new Group(
                                        "Intercommunalités",
                                        all.stream()
                                                .filter(c -> c.type() == CollectiviteType.EPCI)
                                                .toList()),
                                new Group(
                                        "Départements",
                                        all.stream()
                                                .filter(c -> c.type() == CollectiviteType.DEPARTEMENT)
                                                .toList()))
                        .stream()
                        .filter(g -> !g.collectivites().isEmpty())
                        .toList());
        return "home/index";
    }

    @NoForeignId("page publique")
    @GetMapping({"/{slug}", "/{slug}/"})
    String home(Collectivite collectivite, Site site, Model model) {
        var presented = schools.presented(collectivite);
        long ecoles =
                presented.stream().filter(e -> e.niveau() != Niveau.COLLEGE).count();
        long colleges =
                presented.stream().filter(e -> e.niveau() == Niveau.COLLEGE).count();
        Long parentId = collectivite.parentId();
        @Nullable
        Collectivite parent =
                parentId == null ? null : collectivites.findById(parentId).orElse(null);
        model.addAttribute("site", site);
        model.addAttribute(
                "view",
                new HomeView(
                        collectivite,
                        ecoles,
                        colleges,
                        parent,
                        collectivites.children(collectivite.id()),
                        collectivites.members(collectivite.id()),
                        actualites.visible(collectivite.id(), LocalDate.now(clock), 3).stream()
                                .map(a -> ActualiteView.of(a, site.basePath()))
                                .toList(),
                        !tarifs.annees(collectivite.id()).isEmpty(),
                        liens.of(collectivite.id()).stream().anyMatch(l -> l.type() == LienService.Type.TELESERVICE)));
        return "home/home";
    }
}
