package fr.monenfantalecole.portail.service.web;

import fr.monenfantalecole.portail.service.Montants;
import fr.monenfantalecole.portail.service.QuotientFamilial;
import fr.monenfantalecole.portail.service.Tarification;
import fr.monenfantalecole.portail.service.Tarifs;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Site;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "Calculer mon quotient familial" and the price of each service at that quotient: the form (sent
 * by POST, so that incomes never appear in an address or a log) and the JSON endpoints. Nothing
 * typed is stored.
 */
@Controller
class QuotientController {

    private final Collectivites collectivites;
    private final Tarifs tarifs;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    QuotientController(Collectivites collectivites, Tarifs tarifs) {
        this.collectivites = collectivites;
        this.tarifs = tarifs;
    }

    @GetMapping("/{slug}/services/quotient-familial")
    String form(Collectivite collectivite, Site site, Model model) {
        return page(collectivite, site, model, QuotientForm.EMPTY, Map.of(), null);
    }

    @PostMapping("/{slug}/services/quotient-familial")
    String compute(Collectivite collectivite, Site site, @ModelAttribute QuotientForm form, Model model) {
        var errors = form.errors();
        QuotientResultat resultat = null;
        if (errors.isEmpty()) {
            var calcul = form.connu() ? null : QuotientFamilial.calcule(form.foyer(), form.methodeChoisie());
            long qf = calcul == null
                    ? java.util.Objects.requireNonNull(Montants.centimes(form.qf()))
                    : calcul.quotientCentimes();
            String annee = tarifs.annee(collectivite.id(), null, LocalDate.now(PARIS));
            var prix = annee == null
                    ? List.<PrixVue>of()
                    : tarifs.prix(collectivite.id(), annee, new Tarification.Demande(qf, form.resident(), 1)).stream()
                            .map(PrixVue::of)
                            .toList();
            resultat = new QuotientResultat(calcul, qf, Montants.euros(qf), annee, prix);
        }
        return page(collectivite, site, model, form, errors, resultat);
    }

    /**
     * No CSRF token in the page: the calculation changes nothing (the POST is exempt), and reading a
     * token would open a session, a database row, for every visitor who only looks at the page.
     */
    private String page(
            Collectivite collectivite,
            Site site,
            Model model,
            QuotientForm form,
            Map<String, String> errors,
            @Nullable QuotientResultat resultat) {
        model.addAttribute("site", site);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("resultat", resultat);
        model.addAttribute("hasTarifs", !tarifs.annees(collectivite.id()).isEmpty());
        return "service/quotient";
    }

    /** The calculation as JSON: parts, monthly resources, the quotient (cents and euros), the steps in words, and each service's price. */
    @GetMapping("/api/v1/{slug}/quotient-familial")
    @ResponseBody
    Map<String, Object> api(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") String revenus,
            @RequestParam(defaultValue = "0") String prestations,
            @RequestParam(defaultValue = "2") String adultes,
            @RequestParam(defaultValue = "0") String enfants,
            @RequestParam(name = "enfants_handicapes", defaultValue = "0") String enfantsHandicapes,
            @RequestParam(defaultValue = "caf") String methode,
            @RequestParam(defaultValue = "true") boolean resident) {
        var c = collectivite(slug);
        var form = new QuotientForm(
                "calcul", methode, revenus, prestations, adultes, enfants, enfantsHandicapes, null, null);
        var errors = form.errors();
        if (!"caf".equalsIgnoreCase(methode) && !"dgfip".equalsIgnoreCase(methode)) {
            errors.put("methode", "La méthode est caf ou dgfip.");
        }
        if (!errors.isEmpty()) {
            throw new BadRequest(errors);
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
    @ResponseBody
    Map<String, Object> tarifsApi(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String qf,
            @RequestParam(defaultValue = "true") boolean resident,
            @RequestParam(defaultValue = "1") int rang,
            @RequestParam(required = false) @Nullable String annee) {
        var c = collectivite(slug);
        Long cents = null;
        if (qf != null && !qf.isBlank()) {
            cents = Montants.centimes(qf);
            if (cents == null) {
                throw new BadRequest(Map.of("qf", "Le quotient est un montant en euros, par exemple 850 ou 850.50."));
            }
        }
        if (rang < 1 || rang > 20) {
            throw new BadRequest(Map.of("rang", "Le rang de l'enfant va de 1 à 20."));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("collectivite", c.nom());
        body.put("quotient_centimes", cents);
        body.putAll(prices(c, cents, resident, rang, annee));
        return body;
    }

    private Map<String, Object> prices(
            Collectivite c, @Nullable Long qf, boolean resident, int rang, @Nullable String annee) {
        String year = tarifs.annee(c.id(), annee, LocalDate.now(PARIS));
        var body = new LinkedHashMap<String, Object>();
        body.put("annee_scolaire", year);
        body.put(
                "tarifs",
                year == null
                        ? List.of()
                        : tarifs.prix(c.id(), year, new Tarification.Demande(qf, resident, rang)).stream()
                                .map(PrixVue::json)
                                .toList());
        return body;
    }

    private Collectivite collectivite(String slug) {
        return collectivites
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Collectivité inconnue : " + slug));
    }

    /** A request the API cannot answer, with one French message per parameter. */
    static final class BadRequest extends RuntimeException {
        final Map<String, String> errors;

        BadRequest(Map<String, String> errors) {
            super(String.join(" ", errors.values()));
            this.errors = errors;
        }
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Map<String, Object>> badRequest(BadRequest e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("erreur", e.getMessage(), "champs", e.errors));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("erreur", e.getMessage()));
    }

    static @Nullable Integer number(@Nullable String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
