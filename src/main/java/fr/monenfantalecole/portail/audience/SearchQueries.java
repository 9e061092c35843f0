package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.shared.Folding;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form a search is counted under: lower case, no accents, no punctuation, single spaces, so that
 * "Cantine ?" and "cantine" add up. Long numbers (a telephone, an address's postcode typed by mistake)
 * are masked: a search is counted, never who typed it.
 */
final class SearchQueries {

    static final int MAX = 80;

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");

    private SearchQueries() {}

    public static String normalise(@Nullable String query) {
        if (query == null) {
            return "";
        }
        String text = Folding.lowerWords(query);
        text = LONG_NUMBER.matcher(text).replaceAll("#");
        return text.length() > MAX ? text.substring(0, MAX).strip() : text;
    }
}
