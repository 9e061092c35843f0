package fr.monenfantalecole.portail.billing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.billing.PriceList.CountedKind;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricingTest {

    /** The seed's price: 75 € per school and per year, at least 600 €, VAT 20 %, monthly prorata. */
    static final PriceList SEED =
            new PriceList(1, LocalDate.of(2026, 1, 1), 7_500, 7_500, 60_000, null, null, 2_000, true);

    private static List<CountedKind> ecoles(int n) {
        return Collections.nCopies(n, CountedKind.ECOLE);
    }

    @Test
    void sevenSchoolsPayTheMinimum() {
        assertThat(Pricing.yearly(SEED, CollectiviteType.COMMUNE, ecoles(7))).isEqualTo(60_000);
        assertThat(Pricing.quote(SEED, CollectiviteType.COMMUNE, ecoles(7), 12))
                .isEqualTo(new Amounts(60_000, 12_000, 72_000));
    }

    @Test
    void eightSchoolsAreExactlyTheMinimumAndNineGoAbove() {
        assertThat(Pricing.yearly(SEED, CollectiviteType.COMMUNE, ecoles(8))).isEqualTo(60_000);
        assertThat(Pricing.yearly(SEED, CollectiviteType.COMMUNE, ecoles(9))).isEqualTo(67_500);
        assertThat(Pricing.yearly(SEED, CollectiviteType.COMMUNE, List.of())).isEqualTo(60_000);
    }

    @Test
    void aStartOnFirstMarchPaysTenTwelfths() {
        var start = LocalDate.of(2027, 3, 1);
        assertThat(Pricing.monthsBilled(SEED, start)).isEqualTo(10);
        assertThat(Pricing.periodEnd(SEED, start)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(Pricing.quote(SEED, CollectiviteType.COMMUNE, ecoles(9), 10).htCents())
                .isEqualTo(56_250);
        // The minimum is prorated too: 600 € × 10/12.
        assertThat(Pricing.quote(SEED, CollectiviteType.COMMUNE, ecoles(7), 10).htCents())
                .isEqualTo(50_000);
    }

    @Test
    void theMonthOfTheStartCountsWholeAndJanuaryIsAFullYear() {
        assertThat(Pricing.monthsBilled(SEED, LocalDate.of(2027, 2, 28))).isEqualTo(11);
        assertThat(Pricing.monthsBilled(SEED, LocalDate.of(2027, 1, 1))).isEqualTo(12);
        assertThat(Pricing.monthsBilled(SEED, LocalDate.of(2027, 12, 31))).isEqualTo(1);
    }

    @Test
    void withoutProrataAPeriodIsTwelveMonthsFromTheStart() {
        var noProrata = new PriceList(2, LocalDate.of(2026, 1, 1), 7_500, 7_500, 60_000, null, null, 2_000, false);
        var start = LocalDate.of(2027, 3, 1);
        assertThat(Pricing.monthsBilled(noProrata, start)).isEqualTo(12);
        assertThat(Pricing.periodEnd(noProrata, start)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void vatIsRoundedHalfUpToTheCent() {
        // 5,5 % of 0,10 € = 0,0055 € → 0,01 €; of 0,09 € = 0,00495 € → 0,00 €
        assertThat(Pricing.withVat(10, 550)).isEqualTo(new Amounts(10, 1, 11));
        assertThat(Pricing.withVat(9, 550)).isEqualTo(new Amounts(9, 0, 9));
        // 1/12 of 675 € is 56,25 €
        assertThat(Pricing.quote(SEED, CollectiviteType.COMMUNE, ecoles(9), 1).htCents())
                .isEqualTo(5_625);
    }

    @Test
    void intercommunalitiesAndDepartementsHaveTheirOwnRateWhenSet() {
        var rates = new PriceList(3, LocalDate.of(2026, 1, 1), 7_500, 9_000, 60_000, 6_000L, 5_000L, 2_000, true);
        assertThat(rates.pricePerYear(CountedKind.ECOLE, CollectiviteType.EPCI)).isEqualTo(6_000);
        assertThat(rates.pricePerYear(CountedKind.ECOLE, CollectiviteType.DEPARTEMENT))
                .isEqualTo(5_000);
        assertThat(rates.pricePerYear(CountedKind.ECOLE, CollectiviteType.COMMUNE))
                .isEqualTo(7_500);
        assertThat(rates.pricePerYear(CountedKind.COLLEGE, CollectiviteType.DEPARTEMENT))
                .isEqualTo(9_000);
        assertThat(SEED.pricePerYear(CountedKind.ECOLE, CollectiviteType.EPCI)).isEqualTo(7_500);
    }

    @Test
    void amountsAreWrittenTheFrenchWay() {
        assertThat(Euros.format(123_450)).isEqualTo("1 234,50 €");
        assertThat(Euros.parse("562,50")).isEqualTo(56_250);
        assertThat(Euros.parse("600")).isEqualTo(60_000);
        assertThat(Euros.parse("12,345")).isEqualTo(-1);
        assertThat(Euros.parse("abc")).isEqualTo(-1);
    }
}
