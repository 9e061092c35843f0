package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.BadApiRequest;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.shared.web.PublicApi;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quotient calculator and the price grids as public JSON, in snake_case. Nothing typed is
 * stored; the answers are personal (see opendata's OpenFormats), so no shared cache keeps them.
 */
@RestController
@PublicApi
@Tag(name = "Services", description = "Carte scolaire, quotient familial, tarifs")
class QuotientApiController {

    private final Collectivites collectivites;
    private final Tarifs tarifs;
    private final QuotientMethodes methodes;
    private final Clock clock;
    private final Validator validator;
    private final FormErrors formErrors;

    QuotientApiController(
            Collectivites collectivites,
            Tarifs tarifs,
            QuotientMethodes methodes,
            Clock clock,
            Validator validator,
            FormErrors formErrors) {
        this.collectivites = collectivites;
        this.tarifs = tarifs;
        this.methodes = methodes;
        this.clock = clock;
        this.validator = validator;
        this.formErrors = formErrors;
    }

    /**
     * The calculation as JSON: parts, monthly resources, the quotient (cents and euros), the steps in
     * words, each service's price, the other method's quotient for information, and warnings on
     * figures that look typed for the wrong period.
     */
    @NoForeignId("API publique")
    @GetMapping("/api/v1/{slug}/quotient-familial")
    @Operation(
            summary = "Calcul du quotient familial",
            description =
                    "Le quotient familial (méthode CAF ou impôts ; par défaut celle de la collectivité) expliqué étape par étape, le prix de chaque service de la collectivité à ce quotient, et des avertissements sur les montants peu vraisemblables. Rien n'est enregistré.")
    Map<String, Object> quotient(
            @PathVariable String slug,
            @Parameter(description = "Revenus du foyer, en euros (obligatoire ; 0 si le foyer n'en a pas)")
                    @RequestParam(required = false)
                    @Nullable
                    String revenus,
            @Parameter(description = "Période des revenus : annuel (par défaut) ou mensuel")
                    @RequestParam(defaultValue = "annuel")
                    String periode,
            @Parameter(description = "Prestations familiales mensuelles, en euros") @RequestParam(defaultValue = "0")
                    String prestations,
            @Parameter(description = "Nombre d'adultes du foyer") @RequestParam(defaultValue = "2") String adultes,
            @Parameter(description = "Nombre d'enfants à charge") @RequestParam(defaultValue = "0") String enfants,
            @Parameter(description = "Dont enfants en situation de handicap")
                    @RequestParam(name = "enfants_handicapes", defaultValue = "0")
                    String enfantsHandicapes,
            @Parameter(description = "caf ou dgfip ; par défaut, la méthode appliquée par la collectivité")
                    @RequestParam(required = false)
                    @Nullable
                    String methode,
            @Parameter(description = "Le foyer habite la collectivité") @RequestParam(defaultValue = "true")
                    boolean resident) {
        var c = collectivite(slug);
        var form = new QuotientForm(
                "calcul", methode, revenus, periode, prestations, adultes, enfants, enfantsHandicapes, null, null);
        var errors = errors(form, "quotientForm");
        if (!errors.isEmpty()) {
            throw new BadApiRequest(errors);
        }
        var applied = methodes.of(c.id());
        var e = Estimation.of(form.saisie(), form.methodeChoisie(applied));
        var r = e.applique();
        var body = new LinkedHashMap<String, Object>();
        body.put("methode", json(r.methode()));
        body.put("methode_collectivite", json(applied));
        body.put("periode", form.mensuel() ? "mensuel" : "annuel");
        body.put("parts", r.parts());
        body.put("ressources_mensuelles_centimes", r.ressourcesMensuellesCentimes());
        body.put("quotient", Montants.decimal(r.quotientCentimes()));
        body.put("quotient_centimes", r.quotientCentimes());
        body.put("etapes", r.etapes());
        body.put("avertissements", e.avertissements());
        body.put(
                "autre_methode",
                Map.of(
                        "methode", json(e.autre().methode()),
                        "parts", e.autre().parts(),
                        "quotient", Montants.decimal(e.autre().quotientCentimes()),
                        "quotient_centimes", e.autre().quotientCentimes()));
        body.putAll(prices(c, r.quotientCentimes(), resident, 1, null));
        return body;
    }

    /** The record's checks, the page's messages (an API parameter is named as the record's component). */
    private Map<String, String> errors(Record query, String name) {
        var binder = new DataBinder(query, name);
        binder.setValidator(new SpringValidatorAdapter(validator));
        binder.validate();
        return new LinkedHashMap<>(formErrors.of(binder.getBindingResult()));
    }

    private static String json(QuotientFamilial.Methode m) {
        return m.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Each service's price at a quotient (or without one: the default prices), for one school year.
     * {@code rang} is the child's rank among the family's children registered (sibling discounts).
     */
    @NoForeignId("API publique")
    @GetMapping("/api/v1/{slug}/tarifs")
    @Operation(
            summary = "Tarifs des services",
            description =
                    "Le prix de chaque service (cantine, périscolaire…) pour une année scolaire, à un quotient ou sans quotient.")
    Map<String, Object> tarifs(
            @PathVariable String slug,
            @Parameter(description = "Quotient familial en euros") @RequestParam(required = false) @Nullable String qf,
            @Parameter(description = "Le foyer habite la collectivité") @RequestParam(defaultValue = "true")
                    boolean resident,
            @Parameter(description = "Rang de l'enfant parmi ceux de la famille inscrits (réductions)")
                    @RequestParam(defaultValue = "1")
                    int rang,
            @Parameter(description = "Année scolaire, par exemple 2025-2026") @RequestParam(required = false) @Nullable
                    String annee) {
        var c = collectivite(slug);
        var query = new TarifsQuery(qf, rang);
        var errors = errors(query, "tarifsQuery");
        if (!errors.isEmpty()) {
            throw new BadApiRequest(errors);
        }
        Long cents = query.centimes();
        var body = new LinkedHashMap<String, Object>();
        body.put("collectivite", c.nom());
        body.put("quotient_centimes", cents);
        body.putAll(prices(c, cents, resident, rang, annee));
        return body;
    }

    private Map<String, Object> prices(
            Collectivite c, @Nullable Long qf, boolean resident, int rang, @Nullable String annee) {
        String year = tarifs.annee(c.id(), annee, LocalDate.now(clock));
        var body = new LinkedHashMap<String, Object>();
        body.put("annee_scolaire", year);
        body.put(
                "tarifs",
                year == null
                        ? List.of()
                        : tarifs.prix(c.id(), year, new Tarification.Demande(qf, resident, rang)).stream()
                                .map(PriceView::json)
                                .toList());
        return body;
    }

    private Collectivite collectivite(String slug) {
        return collectivites
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Collectivité inconnue : " + slug));
    }
}
