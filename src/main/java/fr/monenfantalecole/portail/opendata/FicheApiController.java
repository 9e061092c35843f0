package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.fiche.FicheViews;
import fr.monenfantalecole.portail.fiche.QuestionsReponses;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.shared.web.PublicApi;
import fr.monenfantalecole.portail.tenant.Collectivites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The sheets of a collectivité as JSON, with its local data in place: what its portal shows. */
@RestController
@PublicApi
@Tag(name = "Contenus", description = "Questions-réponses, actualités, établissements et agenda d'une collectivité")
class FicheApiController extends ApiSupport {

    private final QuestionsReponses questions;

    FicheApiController(Collectivites collectivites, QuestionsReponses questions) {
        super(collectivites);
        this.questions = questions;
    }

    @Schema(description = "Un thème des questions-réponses")
    record ThemeJson(String id, String label) {}

    @Schema(description = "Une fiche de la liste")
    record FicheItem(
            @Schema(description = "Référence : CAN-001 (nationale) ou L12 (fiche locale)")
            String id,

            ThemeJson theme,
            String title,

            @Schema(description = "Adresse de la fiche sur le portail")
            String url,

            @Schema(description = "Dernière révision du texte") @Nullable
            Instant updated,

            @Schema(description = "Fiche écrite par la collectivité elle-même")
            boolean local,

            @Schema(description = "Âge concerné : creche, maternelle, elementaire, college, tous")
            String level) {}

    record FicheList(String collectivite, int count, List<FicheItem> fiches) {}

    record Link(String label, @Nullable String url) {}

    record Related(String id, String title, String url) {}

    @Schema(description = "Une fiche avec les données locales de la collectivité insérées")
    record FicheJson(
            String id,
            ThemeJson theme,
            String level,
            String title,
            String url,
            @Nullable Instant updated,
            boolean local,
            @Schema(description = "« En bref », en HTML") String summaryHtml,
            @Schema(description = "« En détail », en HTML") String detailHtml,

            @Schema(description = "« En bref » en texte brut")
            String summaryText,

            List<Link> sources,
            List<Related> related) {}

    @NoForeignId("API publique")
    @GetMapping("/api/v1/{slug}/fiches")
    @Operation(
            summary = "Liste des fiches questions-réponses",
            description =
                    "Toutes les fiches que la collectivité publie (nationales non masquées et locales), thème par thème.")
    FicheList fiches(
            @Parameter(description = "Identifiant de la collectivité, par exemple fougeres") @PathVariable
                    String slug) {
        var c = collectivite(slug);
        var items = questions.all(c, basePath(c)).stream()
                .map(l -> new FicheItem(
                        l.summary().ref(),
                        new ThemeJson(l.theme().id(), l.theme().libelle()),
                        l.summary().titre(),
                        absolute(l.summary().url()),
                        l.updated(),
                        l.summary().locale(),
                        l.summary().niveau().code()))
                .toList();
        return new FicheList(c.slug(), items.size(), items);
    }

    @GetMapping("/api/v1/{slug}/fiches/{id}")
    @Operation(
            summary = "Une fiche questions-réponses",
            description =
                    "Le texte rendu (HTML assaini) avec les données locales de la collectivité à leur place : adresses, horaires, tarifs, démarches.")
    FicheJson fiche(
            @Parameter(description = "Identifiant de la collectivité") @PathVariable String slug,
            @Parameter(description = "Référence de la fiche : CAN-001 ou L12") @PathVariable String id) {
        var c = collectivite(slug);
        var page = questions.page(c, basePath(c), id);
        return fiche(page);
    }

    static FicheJson fiche(FicheViews.Page page) {
        return new FicheJson(
                page.ref(),
                new ThemeJson(page.theme().id(), page.theme().libelle()),
                page.niveau().code(),
                page.titre(),
                absolute(page.canonicalUrl()),
                page.reviewedAt(),
                page.locale(),
                page.brefHtml(),
                page.detailHtml(),
                Html.text(page.brefHtml()),
                page.sources().stream().map(s -> new Link(s.libelle(), s.url())).toList(),
                page.liees().stream()
                        .map(l -> new Related(l.ref(), l.titre(), absolute(l.url())))
                        .toList());
    }
}
