package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.tenant.CollectiviteType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The price rules, as pure functions: the yearly amount is the sum of the counted establishments'
 * prices, but never less than the yearly minimum; a subscription started during the year pays, when
 * the price list says so, the months left until 31 December (the month it starts in counts whole);
 * VAT is rounded half up to the cent, on the total.
 */
final class Pricing {

    private Pricing() {}

    /** The yearly amount HT for these establishments (Annuaire types), before any prorata. */
    public static long yearly(PriceList prices, CollectiviteType buyer, List<PriceList.CountedKind> counted) {
        long sum = counted.stream()
                .mapToLong(kind -> prices.pricePerYear(kind, buyer))
                .sum();
        return Math.max(sum, prices.minimumAnnuelCents());
    }

    /** The months billed for a first period starting on {@code start} and ending on 31 December. */
    public static int monthsBilled(PriceList prices, LocalDate start) {
        return prices.prorataMensuel() ? 13 - start.getMonthValue() : 12;
    }

    /** Where the first period ends: 31 December with the monthly prorata, one year later without. */
    public static LocalDate periodEnd(PriceList prices, LocalDate start) {
        return prices.prorataMensuel()
                ? LocalDate.of(start.getYear(), 12, 31)
                : start.plusYears(1).minusDays(1);
    }

    public static Amounts quote(
            PriceList prices, CollectiviteType buyer, List<PriceList.CountedKind> counted, int months) {
        long yearly = yearly(prices, buyer, counted);
        long ht = BigDecimal.valueOf(yearly)
                .multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return withVat(ht, prices.tauxTvaCentiemes());
    }

    public static Amounts withVat(long htCents, int tauxTvaCentiemes) {
        long tva = BigDecimal.valueOf(htCents)
                .multiply(BigDecimal.valueOf(tauxTvaCentiemes))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Amounts(htCents, tva, htCents + tva);
    }
}
