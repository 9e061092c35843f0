package fr.monenfantalecole.portail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuotientFamilialTest {

    static QuotientFamilial.Foyer foyer(
            long yearlyEuros, long monthlyBenefitsEuros, int adults, int children, int disabled) {
        return new QuotientFamilial.Foyer(yearlyEuros * 100, monthlyBenefitsEuros * 100, adults, children, disabled);
    }

    @Test
    void cafPartsFollowTheRule() {
        assertThat(QuotientFamilial.partsCaf(foyer(0, 0, 2, 0, 0))).isEqualByComparingTo("2");
        assertThat(QuotientFamilial.partsCaf(foyer(0, 0, 1, 1, 0))).isEqualByComparingTo("2.5");
        assertThat(QuotientFamilial.partsCaf(foyer(0, 0, 2, 2, 0))).isEqualByComparingTo("3");
        assertThat(QuotientFamilial.partsCaf(foyer(0, 0, 2, 3, 0))).isEqualByComparingTo("4");
        assertThat(QuotientFamilial.partsCaf(foyer(0, 0, 2, 4, 0))).isEqualByComparingTo("4.5");
        assertThat(QuotientFamilial.partsCaf(foyer(0, 0, 2, 2, 1))).isEqualByComparingTo("3.5");
    }

    @Test
    void cafQuotientIsMonthlyResourcesPerPartRoundedToTheCent() {
        // (36 000 / 12 + 140) / 3 = 1 046,666… → 1 046,67
        var r = QuotientFamilial.calcule(foyer(36_000, 140, 2, 2, 0), QuotientFamilial.Methode.CAF);
        assertThat(r.ressourcesMensuellesCentimes()).isEqualTo(314_000);
        assertThat(r.quotientCentimes()).isEqualTo(104_667);
        assertThat(r.etapes()).hasSize(4);
        assertThat(r.etapes().get(2)).contains("= 3 parts");
        assertThat(r.etapes().get(3)).contains("1 046,67 €");
    }

    @Test
    void taxQuotientUsesFiscalParts() {
        assertThat(QuotientFamilial.partsFiscales(foyer(0, 0, 1, 1, 0))).isEqualByComparingTo("2");
        assertThat(QuotientFamilial.partsFiscales(foyer(0, 0, 2, 3, 0))).isEqualByComparingTo("4");
        // 36 000 / 3 parts / 12 = 1 000
        var r = QuotientFamilial.calcule(foyer(36_000, 0, 2, 2, 0), QuotientFamilial.Methode.DGFIP);
        assertThat(r.parts()).isEqualByComparingTo(new BigDecimal("3"));
        assertThat(r.quotientCentimes()).isEqualTo(100_000);
    }

    @Test
    void amountsAreReadAsParentsTypeThem() {
        assertThat(QuotientFamilial.parseEuros("28 500")).isEqualTo(2_850_000);
        assertThat(QuotientFamilial.parseEuros("28500,5")).isEqualTo(2_850_050);
        assertThat(QuotientFamilial.parseEuros("1 234,56 €")).isEqualTo(123_456);
        assertThat(QuotientFamilial.parseEuros("beaucoup")).isNull();
        assertThatThrownBy(() -> foyer(10, 0, 3, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
