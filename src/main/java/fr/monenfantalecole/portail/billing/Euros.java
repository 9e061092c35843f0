package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.shared.TypedEuros;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in cents, as French readers write them ("1 234,50 €") and as the XML wants them (1234.50). */
public final class Euros {

    private Euros() {}

    public static String format(long cents) {
        var format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        // The French locale groups with a narrow no-break space, which some PDF fonts lack.
        return format.format(decimal(cents)).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }

    public static BigDecimal decimal(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Parses what an operator types ("562,50", "562.5", "600"): cents, or -1 when it is not an amount. */
    public static long parse(String typed) {
        Long cents = TypedEuros.cents(typed);
        return cents == null ? -1 : cents;
    }

    /** A VAT rate in hundredths of a percent (2000) as a percentage (20.00). */
    public static BigDecimal percent(int hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }
}
