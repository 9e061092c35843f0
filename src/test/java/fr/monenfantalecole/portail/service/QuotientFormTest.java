package fr.monenfantalecole.portail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.monenfantalecole.portail.shared.web.FormMessages;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quotient calculator's form on Bean Validation: the household's figures are checked when it
 * computes, the quotient alone when the parent knows it, each message next to its field in the
 * form's order (the order of the error summary and of the JSON API's {@code champs}).
 */
class QuotientFormTest {

    private static Map<String, String> calcul(
            String revenus, String periode, String prestations, String adultes, String enfants, String handicapes) {
        return FormMessages.of(
                new QuotientForm("calcul", null, revenus, periode, prestations, adultes, enfants, handicapes, "", null),
                "quotientForm");
    }

    private static Map<String, String> connu(String qf) {
        return FormMessages.of(
                new QuotientForm("connu", null, "", "annuel", "", "2", "1", "0", qf, null), "quotientForm");
    }

    @Test
    void anEmptyHouseholdFormIsRefusedAskingForTheIncome() {
        assertThat(FormMessages.of(QuotientForm.EMPTY, "quotientForm"))
                .containsExactly(entry(
                        "revenus",
                        "Indiquez les revenus du foyer en euros, par exemple 28 500 (ou 0 si le foyer n'en a pas)."));
    }

    @Test
    void everyWrongFigureIsExplainedNextToItsFieldInTheFormsOrder() {
        assertThat(calcul("beaucoup", "semaine", "x", "3", "21", "-1"))
                .containsExactly(
                        entry("revenus", "Indiquez un montant en euros, par exemple 28 500 ou 28500,50."),
                        entry(
                                "periode",
                                "Indiquez si ce montant est celui de l'année (annuel) ou d'un mois (mensuel)."),
                        entry("prestations", "Indiquez un montant en euros par mois, ou 0."),
                        entry("adultes", "Choisissez 1 (parent seul) ou 2 (couple)."),
                        entry("enfants", "Indiquez le nombre d'enfants à charge, de 0 à 20."),
                        entry(
                                "enfantsHandicapes",
                                "Le nombre d'enfants en situation de handicap ne peut pas dépasser le nombre d'enfants."));
    }

    @Test
    void moreChildrenInSituationOfHandicapThanChildrenIsRefused() {
        assertThat(calcul("28 500", "annuel", "0", "2", "1", "3")).containsOnlyKeys("enfantsHandicapes");
        assertThat(calcul("28 500", "annuel", "0", "2", "3", "3")).isEmpty();
    }

    @Test
    void whatTheCalculationAcceptsAsBefore() {
        assertThat(calcul("0", "", "", " 1 ", "0", "0")).isEmpty();
        assertThat(calcul("2 800 €", "mensuel", "140,50", "2", "20", "0")).isEmpty();
        var form = new QuotientForm("calcul", null, "2 800", "mensuel", "", "2", "2", "0", "", "oui");
        var saisie = form.saisie();
        assertThat(saisie.revenusCentimes()).isEqualTo(280_000L);
        assertThat(saisie.prestationsMensuellesCentimes()).isZero();
        assertThat(form.resident()).isFalse();
    }

    @Test
    void aKnownQuotientIsTheOnlyFigureChecked() {
        String message = "Indiquez votre quotient familial en euros, tel qu'il figure sur votre attestation CAF,"
                + " par exemple 850 ou 850,50.";
        assertThat(connu("")).containsExactly(entry("qf", message));
        assertThat(connu("huit cents")).containsExactly(entry("qf", message));
        assertThat(FormMessages.of(
                        new QuotientForm("connu", null, "x", "semaine", "x", "9", "99", "100", "850,50", null),
                        "quotientForm"))
                .isEmpty();
        assertThat(new QuotientForm("connu", null, "", "", "", "", "", "", "850,50", null).qfCentimes())
                .isEqualTo(85_050L);
    }
}
