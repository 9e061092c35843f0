package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.news.Actualite;
import fr.monenfantalecole.portail.news.ActualiteView;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.shared.web.PublicApi;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The news a collectivité's portal shows, as JSON. */
@RestController
@PublicApi
@Tag(name = "Contenus", description = "Questions-réponses, actualités, établissements et agenda d'une collectivité")
class NewsApiController extends ApiSupport {

    private final Actualites actualites;
    private final Clock clock;

    NewsApiController(Collectivites collectivites, Actualites actualites, Clock clock) {
        super(collectivites);
        this.actualites = actualites;
        this.clock = clock;
    }

    @Schema(description = "Une actualité")
    record NewsJson(
            long id,
            String title,
            String summary,
            @Schema(description = "Date de publication") LocalDate date,

            @Schema(description = "Dossier national (sinon actualité de la collectivité)")
            boolean national,

            String url,
            @Nullable String imageUrl,
            @Nullable String imageAlt,

            @Schema(description = "Le texte, en HTML (seulement pour une actualité seule)") @Nullable
            String bodyHtml) {}

    record NewsList(String collectivite, int count, List<NewsJson> actualites) {}

    @NoForeignId("API publique")
    @GetMapping("/api/v1/{slug}/actualites")
    @Operation(
            summary = "Actualités publiées",
            description = "Les actualités visibles sur le portail, des plus récentes aux plus anciennes.")
    NewsList news(
            @Parameter(description = "Identifiant de la collectivité") @PathVariable String slug,
            @Parameter(description = "Nombre maximal (1 à 100, 50 par défaut)") @RequestParam(defaultValue = "50")
                    int limit) {
        var c = collectivite(slug);
        var list = actualites.visible(c.id(), LocalDate.now(clock), Math.clamp(limit, 1, 100)).stream()
                .map(a -> news(a, c, false))
                .toList();
        return new NewsList(c.slug(), list.size(), list);
    }

    @GetMapping("/api/v1/{slug}/actualites/{id}")
    @Operation(summary = "Une actualité", description = "L'actualité avec son texte en HTML.")
    NewsJson newsItem(
            @Parameter(description = "Identifiant de la collectivité") @PathVariable String slug,
            @Parameter(description = "Numéro de l'actualité") @PathVariable long id) {
        var c = collectivite(slug);
        var a = actualites
                .visible(c.id(), id, LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("Actualité introuvable : " + id));
        return news(a, c, true);
    }

    static NewsJson news(Actualite a, Collectivite c, boolean withBody) {
        var view = ActualiteView.of(a, basePath(c));
        return new NewsJson(
                a.id(),
                a.titre(),
                a.resume(),
                a.publieLe(),
                a.isNational(),
                absolute(view.url()),
                view.imageUrl() == null ? null : absolute(view.imageUrl()),
                view.imageAlt(),
                withBody ? view.corpsHtml() : null);
    }
}
