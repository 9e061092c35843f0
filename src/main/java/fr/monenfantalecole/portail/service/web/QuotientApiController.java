package fr.monenfantalecole.portail.service.web;

import fr.monenfantalecole.portail.service.Montants;
import fr.monenfantalecole.portail.service.QuotientFamilial;
import fr.monenfantalecole.portail.service.Tarification;
import fr.monenfantalecole.portail.service.Tarifs;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.BadApiRequest;
import fr.monenfantalecole.portail.shared.web.PublicApi;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
    private final Clock clock;

    QuotientApiController(Collectivites collectivites, Tarifs tarifs, Clock clock) {
        this.collectivites = collectivites;
        this.tarifs = tarifs;
        this.clock = clock;
    }

    /** The calculation as JSON: parts, monthly resources, the quotient (cents and euros), the steps in words, and each service's price. */
    @GetMapping("/api/v1/{slug}/quotient-familial")
    @Operation(
            summary = "Calcul du quotient familial",
            description =
                    "Le quotient familial (méthode CAF ou impôts) expliqué étape par étape, et le prix de chaque service de la collectivité à ce quotient. Rien n'est enregistré.")
    Map<String, Object> quotient(
            @PathVariable String slug,
            @Parameter(description = "Revenus annuels du foyer, en euros") @RequestParam(defaultValue = "0")
                    String revenus,
            @Parameter(description = "Prestations familiales mensuelles, en euros") @RequestParam(defaultValue = "0")
                    String prestations,
            @Parameter(description = "Nombre d'adultes du foyer") @RequestParam(defaultValue = "2") String adultes,
            @Parameter(description = "Nombre d'enfants à charge") @RequestParam(defaultValue = "0") String enfants,
            @Parameter(description = "Dont enfants en situation de handicap")
                    @RequestParam(name = "enfants_handicapes", defaultValue = "0")
                    String enfantsHandicapes,
            @Parameter(description = "caf ou dgfip") @RequestParam(defaultValue = "caf") String methode,
            @Parameter(description = "Le foyer habite la collectivité") @RequestParam(defaultValue = "true")
                    boolean resident) {
        var c = collectivite(slug);
        var form = new QuotientForm(
                "calcul", methode, revenus, prestations, adultes, enfants, enfantsHandicapes, null, null);
        var errors = form.errors();
        if (!"caf".equalsIgnoreCase(methode) && !"dgfip".equalsIgnoreCase(methode)) {
            errors.put("methode", "La méthode est caf ou dgfip.");
        }
        if (!errors.isEmpty()) {
            throw new BadApiRequest(errors);
        }
        var r = QuotientFamilial.calcule(form.foyer(), form.methodeChoisie());
        var body = new LinkedHashMap<String, Object>();
        body.put("methode", r.methode().name().toLowerCase());
        body.put("parts", r.parts());
        body.put("ressources_mensuelles_centimes", r.ressourcesMensuellesCentimes());
        body.put("quotient", Montants.decimal(r.quotientCentimes()));
        body.put("quotient_centimes", r.quotientCentimes());
        body.put("etapes", r.etapes());
        body.putAll(prices(c, r.quotientCentimes(), resident, 1, null));
        return body;
    }

    /**
     * Each service's price at a quotient (or without one: the default prices), for one school year.
     * {@code rang} is the child's rank among the family's children registered (sibling discounts).
     */
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
        Long cents = null;
        if (qf != null && !qf.isBlank()) {
            cents = Montants.centimes(qf);
            if (cents == null) {
                throw new BadApiRequest(
                        Map.of("qf", "Le quotient est un montant en euros, par exemple 850 ou 850.50."));
            }
        }
        if (rang < 1 || rang > 20) {
            throw new BadApiRequest(Map.of("rang", "Le rang de l'enfant va de 1 à 20."));
        }
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
