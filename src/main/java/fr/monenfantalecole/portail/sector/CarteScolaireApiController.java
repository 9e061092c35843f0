package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.BadApiRequest;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.shared.web.PageFacts;
import fr.monenfantalecole.portail.shared.web.PublicApi;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Quelle école pour mon adresse ?" as public JSON, and the street names that complete an address. */
@RestController
@PublicApi
@Tag(name = "Services", description = "Carte scolaire, quotient familial, tarifs")
class CarteScolaireApiController {

    private final CarteScolaire carte;
    private final Collectivites collectivites;

    CarteScolaireApiController(CarteScolaire carte, Collectivites collectivites) {
        this.carte = carte;
        this.collectivites = collectivites;
    }

    /** The JSON answer: adresse_normalisee, resultats (niveau, uai, nom, regle), suggestions. */
    @NoForeignId("API publique")
    @GetMapping("/api/v1/{slug}/carte-scolaire")
    @Operation(
            summary = "Quelle école pour mon adresse ?",
            description =
                    "L'école ou le collège de secteur d'une adresse d'après la carte scolaire, avec la règle appliquée, ou des suggestions d'adresses.")
    Map<String, Object> lookup(
            @PathVariable String slug,
            @Parameter(description = "L'adresse tapée, même abrégée ou avec des fautes")
                    @RequestParam(defaultValue = "")
                    String adresse,
            @Parameter(description = "maternelle, elementaire ou college") @RequestParam(required = false) @Nullable
                    String niveau,
            @Parameter(description = "Latitude d'un point (avec lon, au lieu de l'adresse)")
                    @RequestParam(required = false)
                    @Nullable
                    Double lat,
            @Parameter(description = "Longitude d'un point") @RequestParam(required = false) @Nullable Double lon,
            HttpServletRequest request) {
        var collectivite = collectivite(slug);
        // The answer's bytes may be kept (tenant.PublicPageFilter): while the index and memory read here stay.
        request.setAttribute(PageFacts.VALID_WHILE, carte.unchanged(collectivite));
        if (niveau != null && !niveau.isBlank() && !SectorCsv.NIVEAUX.contains(niveau)) {
            throw new BadApiRequest("niveau doit valoir maternelle, elementaire ou college.");
        }
        String level = niveau == null || niveau.isBlank() ? null : niveau;
        var result = lat != null && lon != null
                ? carte.lookupPoint(collectivite, lat, lon, level)
                : carte.lookup(collectivite, CarteScolaireController.clip(adresse), level);
        var body = new LinkedHashMap<String, Object>();
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

    @NoForeignId("API publique")
    @GetMapping("/api/v1/{slug}/carte-scolaire/voies")
    @Operation(
            summary = "Voies connues de la carte scolaire",
            description = "Les noms de voies que la carte scolaire connaît, pour compléter la saisie d'une adresse.")
    List<String> streets(
            @PathVariable String slug,
            @Parameter(description = "Le début du nom de la voie") @RequestParam(defaultValue = "") String q) {
        return carte.streets(collectivite(slug), CarteScolaireController.clip(q));
    }

    private Collectivite collectivite(String slug) {
        return collectivites
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Collectivité inconnue : " + slug));
    }
}
