package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.MapProperties;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Quelle école pour mon adresse ?": the page ({@link CarteScolaireApiController} is the JSON side). */
@Controller
class CarteScolaireController {

    static final int MAX_ADDRESS = 200;

    private final CarteScolaire carte;
    private final SchoolDirectory directory;
    private final MapProperties map;

    CarteScolaireController(CarteScolaire carte, SchoolDirectory directory, MapProperties map) {
        this.directory = directory;
        this.map = map;
        this.carte = carte;
    }

    @NoForeignId("page publique")
    @GetMapping("/{slug}/services/carte-scolaire")
    String page(
            Collectivite collectivite,
            Site site,
            @RequestParam(required = false) @Nullable String adresse,
            @RequestParam(required = false) @Nullable String niveau,
            @RequestParam(required = false) @Nullable Double lat,
            @RequestParam(required = false) @Nullable Double lon,
            Model model) {
        String typed = adresse == null ? "" : clip(adresse);
        String level = niveau != null && SectorCsv.NIVEAUX.contains(niveau) ? niveau : null;
        var result = lat != null && lon != null
                ? carte.lookupPoint(collectivite, lat, lon, level)
                : typed.isBlank() ? null : carte.lookup(collectivite, typed, level);
        var points = directory.presented(collectivite).stream()
                .filter(e -> e.hasPosition())
                .toList();
        double centerLat =
                points.stream().mapToDouble(e -> e.latitude()).average().orElse(48.11);
        double centerLon =
                points.stream().mapToDouble(e -> e.longitude()).average().orElse(-1.68);
        model.addAttribute("site", site);
        model.addAttribute(
                "view",
                new CarteScolaireView(
                        typed,
                        level == null ? "" : level,
                        result,
                        String.format(Locale.ROOT, "%.5f", centerLat),
                        String.format(Locale.ROOT, "%.5f", centerLon),
                        map.tuilesUrl(),
                        map.attribution(),
                        links(collectivite, site, result)));
        return "sector/lookup";
    }

    private Map<String, String> links(Collectivite collectivite, Site site, CarteScolaire.@Nullable Result result) {
        Map<String, String> links = new HashMap<>();
        if (result != null) {
            for (var school : result.resultats()) {
                directory
                        .presenter(collectivite, school.uai())
                        .ifPresent(p -> links.put(
                                school.uai(),
                                p.id() == collectivite.id()
                                        ? site.link("/ecoles/" + school.uai())
                                        : "/" + p.slug() + "/ecoles/" + school.uai()));
            }
        }
        return links;
    }

    static String clip(String text) {
        String t = text.strip();
        return t.length() > MAX_ADDRESS ? t.substring(0, MAX_ADDRESS) : t;
    }
}
