package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.school.SchoolPageKey;
import fr.monenfantalecole.portail.school.SchoolPageSections;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.shared.web.PublicApi;
import fr.monenfantalecole.portail.tenant.Collectivite;
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

/** The establishments a collectivité presents, as JSON, each with the rubriques of its page. */
@RestController
@PublicApi
@Tag(name = "Contenus", description = "Questions-réponses, actualités, établissements et agenda d'une collectivité")
class SchoolApiController extends ApiSupport {

    private final SchoolDirectory directory;
    private final List<SchoolPageSections> sections;

    SchoolApiController(Collectivites collectivites, SchoolDirectory directory, List<SchoolPageSections> sections) {
        super(collectivites);
        this.directory = directory;
        this.sections = sections;
    }

    @Schema(description = "Adresse postale")
    record Address(
            String street,
            @Nullable String postalCode,
            String commune,

            @Schema(description = "Code INSEE de la commune")
            String communeCode) {}

    @Schema(description = "Un établissement, d'après l'Annuaire de l'éducation")
    record SchoolJson(
            @Schema(description = "Code UAI") String uai,
            String name,
            String type,

            @Schema(description = "maternelle, elementaire, primaire ou college") @Nullable
            String level,

            @Schema(description = "PUBLIC ou PRIVE") @Nullable
            String status,

            Address address,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String website,
            @Nullable Boolean canteen,
            @Nullable Boolean ulis,
            @Nullable Integer pupils,
            @Nullable String district,
            String url,

            @Schema(
                    description =
                            "Les rubriques choisies par la collectivité, dans son ordre, avec le contenu validé par la mairie"
                                    + " (seulement pour un établissement seul ; null dans la liste)")
            @Nullable
            List<RubriqueJson> rubriques) {}

    @Schema(description = "Un document joint à une rubrique")
    record DocumentJson(String name, String url, String size) {}

    @Schema(description = "Une rubrique de la page de l'établissement")
    record RubriqueJson(
            String title,

            @Schema(
                    description =
                            "Le contenu validé, en HTML nettoyé ; null si la rubrique n'est pas encore renseignée")
            @Nullable
            String html,

            @Schema(description = "Date de la dernière mise à jour publiée") @Nullable
            Instant updated,

            List<DocumentJson> documents) {}

    record SchoolList(String collectivite, int count, List<SchoolJson> etablissements) {}

    @NoForeignId("API publique")
    @GetMapping("/api/v1/{slug}/etablissements")
    @Operation(
            summary = "Établissements présentés",
            description = "Les écoles (et collèges, si la collectivité les présente) ouverts de son territoire.")
    SchoolList schools(@Parameter(description = "Identifiant de la collectivité") @PathVariable String slug) {
        var c = collectivite(slug);
        var list = directory.presented(c).stream().map(e -> school(e, c)).toList();
        return new SchoolList(c.slug(), list.size(), list);
    }

    @GetMapping("/api/v1/{slug}/etablissements/{uai}")
    @Operation(
            summary = "Un établissement",
            description = "L'identité de l'établissement tirée de l'Annuaire de l'éducation.")
    SchoolJson school(
            @Parameter(description = "Identifiant de la collectivité") @PathVariable String slug,
            @Parameter(description = "Code UAI, par exemple 0350001A") @PathVariable String uai) {
        var c = collectivite(slug);
        var e = directory.page(c, uai);
        var rubriques = sections.stream()
                .flatMap(s -> s.sections(c, basePath(c), new SchoolPageKey.Annuaire(e.uai())).stream())
                .map(r -> new RubriqueJson(
                        r.titre(),
                        r.html(),
                        r.misAJour(),
                        r.documents().stream()
                                .map(d -> new DocumentJson(d.nom(), absolute(d.url()), d.taille()))
                                .toList()))
                .toList();
        var base = school(e, c);
        return new SchoolJson(
                base.uai(),
                base.name(),
                base.type(),
                base.level(),
                base.status(),
                base.address(),
                base.latitude(),
                base.longitude(),
                base.phone(),
                base.email(),
                base.website(),
                base.canteen(),
                base.ulis(),
                base.pupils(),
                base.district(),
                base.url(),
                rubriques);
    }

    static SchoolJson school(Etablissement e, Collectivite c) {
        return new SchoolJson(
                e.uai(),
                e.nom(),
                e.type(),
                e.niveau() == null ? null : e.niveau().code(),
                e.statut(),
                new Address(e.adresseComplete(), e.codePostal(), e.nomCommune(), e.codeCommune()),
                e.latitude(),
                e.longitude(),
                e.telephone(),
                e.mail(),
                e.siteWeb(),
                e.restauration(),
                e.ulis(),
                e.nombreEleves(),
                e.circonscription(),
                absolute(basePath(c) + "/ecoles/" + e.uai()),
                null);
    }
}
