package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.shared.web.PageFacts;
import fr.monenfantalecole.portail.shared.web.PublicApi;
import fr.monenfantalecole.portail.tenant.Collectivites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON search of a collectivité's portal, and the suggestions of its search box. */
@RestController
@PublicApi
@Tag(name = "Recherche", description = "Recherche et suggestions")
class SearchApiController {

    static final int MAX_LIMIT = 50;

    private final SearchAnswers search;
    private final Collectivites collectivites;
    private final Answers answers;

    SearchApiController(SearchAnswers search, Collectivites collectivites, Answers answers) {
        this.search = search;
        this.collectivites = collectivites;
        this.answers = answers;
    }

    /** One ranked result; url is the page's path on the portal, excerpt is HTML with mark elements. */
    public record Result(String kind, String id, String title, String url, String excerpt) {}

    /**
     * An answer that is not a page of results (type etablissement, rue, vacances or calculateur), to show
     * above them: url is the page's path on the portal, texte a sentence or null, lignes its details.
     */
    public record Reponse(
            String type, String titre, String url, @Nullable String texte, List<String> lignes) {}

    public record Response(
            String query,
            int count,
            List<Result> results,
            @Nullable String suggestion,
            List<Reponse> reponses) {}

    @NoForeignId("API publique")
    @GetMapping("/api/v1/{slug}/recherche")
    @Operation(
            summary = "Rechercher sur le portail",
            description =
                    "Les fiches, actualités et écoles de la collectivité qui répondent à la question, les mieux classées d'abord, "
                            + "avec un extrait où les mots trouvés sont entourés de <mark>. Propose une orthographe quand rien n'est trouvé.")
    ResponseEntity<Response> search(
            @PathVariable String slug,
            @Parameter(description = "Les mots cherchés") @RequestParam(defaultValue = "") String q,
            @Parameter(description = "Nombre maximal de résultats (1 à 50)") @RequestParam(defaultValue = "10")
                    int limit,
            HttpServletRequest request) {
        var collectivite = collectivites
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Collectivité inconnue : " + slug));
        // The answer's bytes may be kept (tenant.PublicPageFilter): while the index and scope read here stay.
        request.setAttribute(PageFacts.VALID_WHILE, search.unchanged(collectivite));
        String query = q.strip().length() > SearchController.MAX_QUERY
                ? q.strip().substring(0, SearchController.MAX_QUERY)
                : q.strip();
        int n = Math.clamp(limit, 1, MAX_LIMIT);
        // Kept while the index and the collectivité's scope stay the same (see SearchAnswers).
        var answer = search.search(collectivite, query, n);
        var results = answer.hits().stream()
                .map(h -> new Result(h.kind().code(), h.id(), h.title(), "/" + slug + h.path(), h.excerptHtml()))
                .toList();
        String suggestion = answer.suggestion();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(new Response(
                        query,
                        results.size(),
                        results,
                        suggestion,
                        answers.of(collectivite, query).stream()
                                .map(a ->
                                        new Reponse(a.type(), a.titre(), "/" + slug + a.path(), a.texte(), a.lignes()))
                                .toList()));
    }

    /** Titles completing what is being typed, for the search box (from 2 characters). */
    @NoForeignId("API publique")
    @GetMapping("/api/v1/{slug}/suggestions")
    @Operation(
            summary = "Suggestions de la boîte de recherche",
            description = "Les titres qui complètent ce qui est tapé (à partir de 2 caractères).")
    List<Result> suggestions(
            @PathVariable String slug,
            @Parameter(description = "Le début de la question") @RequestParam(defaultValue = "") String q,
            @Parameter(
                            description =
                                    "« / » pour des liens de la forme /collectivite/…, sinon relatifs au nom de domaine propre")
                    @RequestParam(defaultValue = "/")
                    String base) {
        var collectivite = collectivites
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Collectivité inconnue : " + slug));
        String prefix = base.equals("/") ? "/" + slug : "";
        if (q.strip().length() < 2) {
            return List.of();
        }
        return search.suggest(collectivite, q.strip(), 6).stream()
                .map(h -> new Result(h.kind().code(), h.id(), h.title(), prefix + h.path(), ""))
                .toList();
    }
}
