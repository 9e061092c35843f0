package fr.monenfantalecole.portail.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EstimationTest {

    static Estimation.Saisie couple2Children(long euros, Estimation.Periode periode) {
        return new Estimation.Saisie(euros * 100, periode, 0, 2, 2, 0);
    }

    @Test
    void aMonthlyIncomeIsTurnedIntoAYearlyOneAndSaysSo() {
        var e = Estimation.of(couple2Children(2_800, Estimation.Periode.MENSUEL), QuotientFamilial.Methode.CAF);
        // 2 800 × 12 = 33 600 a year; (33 600 / 12) / 3 parts = 933,33 €.
        assertThat(e.applique().quotientCentimes()).isEqualTo(93_333);
        assertThat(e.applique().etapes().getFirst()).contains("2 800,00 € × 12 = 33 600,00 €");
        assertThat(e.avertissements()).isEmpty();
    }

    @Test
    void aYearlyIncomeThatLooksMonthlyIsFlaggedWithTheOtherReadingsQuotient() {
        var e = Estimation.of(couple2Children(2_800, Estimation.Periode.ANNUEL), QuotientFamilial.Methode.CAF);
        assertThat(e.applique().quotientCentimes()).isEqualTo(7_778);
        assertThat(e.avertissements()).singleElement().asString().contains("« par mois »", "933,33 €", "77,78 €");
    }

    @Test
    void aMonthlyIncomeThatLooksYearlyAndYearlyBenefitsAreFlagged() {
        var e = Estimation.of(
                new Estimation.Saisie(36_000_00, Estimation.Periode.MENSUEL, 3_000_00, 2, 2, 0),
                QuotientFamilial.Methode.CAF);
        assertThat(e.avertissements()).hasSize(2);
        assertThat(e.avertissements().get(0)).contains("« par an »", "432 000,00 €");
        assertThat(e.avertissements().get(1)).contains("divisez-le par 12");
    }

    @Test
    void theCollectivitesMethodComesFirstAndTheOtherFollows() {
        var e = Estimation.of(
                new Estimation.Saisie(36_000_00, Estimation.Periode.ANNUEL, 140_00, 2, 2, 0),
                QuotientFamilial.Methode.DGFIP);
        assertThat(e.applique().methode()).isEqualTo(QuotientFamilial.Methode.DGFIP);
        assertThat(e.applique().quotientCentimes()).isEqualTo(100_000);
        assertThat(e.autre().methode()).isEqualTo(QuotientFamilial.Methode.CAF);
        assertThat(e.autre().quotientCentimes()).isEqualTo(104_667);
        assertThat(e.avertissements()).isEmpty();
    }
}
