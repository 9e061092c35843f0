package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Calculer mon quotient familial" and the price of each service at that quotient: the form, sent
 * by POST so that incomes never appear in an address or a log ({@link QuotientApiController} is the
 * JSON side). Nothing typed is stored.
 */
@Controller
class QuotientController {

    private final Tarifs tarifs;
    private final QuotientMethodes methodes;
    private final Clock clock;
    private final FormErrors formErrors;

    QuotientController(Tarifs tarifs, QuotientMethodes methodes, Clock clock, FormErrors formErrors) {
        this.tarifs = tarifs;
        this.methodes = methodes;
        this.clock = clock;
        this.formErrors = formErrors;
    }

    @NoForeignId("calcul public, rien d'enregistré")
    @GetMapping("/{slug}/services/quotient-familial")
    String form(Collectivite collectivite, Site site, Model model) {
        return page(collectivite, site, model, QuotientForm.EMPTY, Map.of(), null);
    }

    @NoForeignId("calcul public, rien d'enregistré")
    @PostMapping("/{slug}/services/quotient-familial")
    String compute(
            Collectivite collectivite,
            Site site,
            @Valid @ModelAttribute("quotientForm") QuotientForm form,
            BindingResult result,
            Model model) {
        var errors = formErrors.of(result);
        QuotientResult resultat = null;
        if (errors.isEmpty()) {
            // The page always applies the collectivité's method: it is the one its prices are set with.
            var calcul = form.connu() ? null : Estimation.of(form.saisie(), methodes.of(collectivite.id()));
            long qf = calcul == null ? form.qfCentimes() : calcul.applique().quotientCentimes();
            String annee = tarifs.annee(collectivite.id(), null, LocalDate.now(clock));
            var prix = annee == null
                    ? List.<PriceView>of()
                    : tarifs.prix(collectivite.id(), annee, new Tarification.Demande(qf, form.resident(), 1)).stream()
                            .map(PriceView::of)
                            .toList();
            resultat = new QuotientResult(calcul, qf, Montants.euros(qf), annee, prix);
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
            @Nullable QuotientResult resultat) {
        model.addAttribute("site", site);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("resultat", resultat);
        model.addAttribute("methode", methodes.of(collectivite.id()));
        model.addAttribute("hasTarifs", !tarifs.annees(collectivite.id()).isEmpty());
        return "service/quotient";
    }
}
