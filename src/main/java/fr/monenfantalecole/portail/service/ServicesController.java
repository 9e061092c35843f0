package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service zone of a portal: what the collectivité offers online, and its price grids. */
@Controller
class ServicesController {

    private final Tarifs tarifs;
    private final LiensServices liens;
    private final SchoolDirectory schools;
    private final Clock clock;

    ServicesController(Tarifs tarifs, LiensServices liens, SchoolDirectory schools, Clock clock) {
        this.tarifs = tarifs;
        this.liens = liens;
        this.schools = schools;
        this.clock = clock;
    }

    @NoForeignId("page publique")
    @GetMapping("/{slug}/services")
    String services(Collectivite collectivite, Site site, Model model) {
        var all = liens.of(collectivite.id());
        Map<String, String> names = schools.presented(collectivite).stream()
                .collect(Collectors.toMap(Etablissement::uai, Etablissement::nom, (a, b) -> a));
        // A school's own ENT is shown only while the school is presented by the collectivité.
        var visible = all.stream()
                .filter(l -> l.uai() == null || names.containsKey(l.uai()))
                .toList();
        model.addAttribute("site", site);
        model.addAttribute("teleservices", vues(visible, LienService.Type.TELESERVICE, names));
        model.addAttribute("ents", vues(visible, LienService.Type.ENT, names));
        model.addAttribute("hasTarifs", !tarifs.annees(collectivite.id()).isEmpty());
        return "service/services";
    }

    private static List<LinkView> vues(List<LienService> all, LienService.Type type, Map<String, String> names) {
        return all.stream()
                .filter(l -> l.type() == type)
                .map(l -> new LinkView(
                        l.titre(),
                        l.description(),
                        l.publicVise(),
                        l.url(),
                        l.uai() == null ? null : names.get(l.uai())))
                .toList();
    }

    @NoForeignId("page publique")
    @GetMapping("/{slug}/services/tarifs")
    String grilles(
            Collectivite collectivite, Site site, @RequestParam(required = false) @Nullable String annee, Model model) {
        String year = tarifs.annee(collectivite.id(), annee, LocalDate.now(clock));
        model.addAttribute("site", site);
        model.addAttribute("annee", year);
        model.addAttribute("annees", tarifs.annees(collectivite.id()));
        model.addAttribute("prestations", year == null ? List.of() : tarifs.grilles(collectivite.id(), year));
        return "service/tarifs";
    }
}
