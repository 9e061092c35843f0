package fr.monenfantalecole.portail.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount in euros as a person types it in French: "1 234,56 €", "3,80", "1234.5", "12 €" (spaces
 * of any kind and the euro sign anywhere, a comma or a point, at most two decimals, at most nine
 * digits of euros). The one reading of typed euros for the tariff grids, the quotient, the
 * periscolaire declaration and the operator's billing.
 */
public final class TypedEuros {

    private static final Pattern NOISE = Pattern.compile("[\\s\u00a0\u202f€]");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

    private TypedEuros() {}

    /** Cents, or null when the text is blank or not an amount. */
    public static @Nullable Long cents(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String v = NOISE.matcher(typed).replaceAll("").replace(',', '.');
        if (!AMOUNT.matcher(v).matches()) {
            return null;
        }
        return new BigDecimal(v).movePointRight(2).longValueExact();
    }
}
