package fr.monenfantalecole.portail.sector.web;

import fr.monenfantalecole.portail.sector.CarteScolaire;
import fr.monenfantalecole.portail.sector.SectorCsv;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Site;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** "Quelle école pour mon adresse ?": the page and the public JSON endpoint. */
@Controller
class CarteScolaireController {

    static final int MAX_ADDRESS = 200;

    private final CarteScolaire carte;
    private final Collectivites collectivites;
    private final fr.monenfantalecole.portail.school.SchoolDirectory directory;
    private final fr.monenfantalecole.portail.shared.MapProperties map;

    CarteScolaireController(
            CarteScolaire carte,
            Collectivites collectivites,
            fr.monenfantalecole.portail.school.SchoolDirectory directory,
            fr.monenfantalecole.portail.shared.MapProperties map) {
        this.directory = directory;
        this.map = map;
        this.carte = carte;
        this.collectivites = collectivites;
    }

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
                        String.format(java.util.Locale.ROOT, "%.5f", centerLat),
                        String.format(java.util.Locale.ROOT, "%.5f", centerLon),
                        map.tuilesUrl(),
                        map.attribution()));
        return "sector/lookup";
    }

    /** The JSON answer: adresse_normalisee, resultats (niveau, uai, nom, regle), suggestions. */
    @GetMapping("/api/v1/{slug}/carte-scolaire")
    @ResponseBody
    Map<String, Object> api(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String adresse,
            @RequestParam(required = false) @Nullable String niveau,
            @RequestParam(required = false) @Nullable Double lat,
            @RequestParam(required = false) @Nullable Double lon) {
        var collectivite = collectivites
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Collectivité inconnue : " + slug));
        if (niveau != null && !niveau.isBlank() && !SectorCsv.NIVEAUX.contains(niveau)) {
            throw new IllegalArgumentException("niveau doit valoir maternelle, elementaire ou college.");
        }
        String level = niveau == null || niveau.isBlank() ? null : niveau;
        var result = lat != null && lon != null
                ? carte.lookupPoint(collectivite, lat, lon, level)
                : carte.lookup(collectivite, clip(adresse), level);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("adresse_normalisee", result.adresseNormalisee());
        body.put(
                "resultats",
                result.resultats().stream()
                        .map(s -> Map.of("niveau", s.niveau(), "uai", s.uai(), "nom", s.nom(), "regle", s.regle()))
                        .toList());
        body.put("suggestions", result.suggestions());
        body.put("message", result.message());
        return body;
    }

    @GetMapping("/api/v1/{slug}/carte-scolaire/voies")
    @ResponseBody
    List<String> streets(@PathVariable String slug, @RequestParam(defaultValue = "") String q) {
        var collectivite = collectivites
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Collectivité inconnue : " + slug));
        return carte.streets(collectivite, clip(q));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("erreur", e.getMessage()));
    }

    private static String clip(String text) {
        String t = text.strip();
        return t.length() > MAX_ADDRESS ? t.substring(0, MAX_ADDRESS) : t;
    }
}
