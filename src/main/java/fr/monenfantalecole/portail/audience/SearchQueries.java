package fr.monenfantalecole.portail.audience;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form a search is counted under: lower case, no accents, no punctuation, single spaces, so that
 * "Cantine ?" and "cantine" add up. Long numbers (a telephone, an address's postcode typed by mistake)
 * are masked: a search is counted, never who typed it.
 */
public final class SearchQueries {

    static final int MAX = 80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");

    private SearchQueries() {}

    public static String normalise(@Nullable String query) {
        if (query == null) {
            return "";
        }
        String text = Normalizer.normalize(query, Normalizer.Form.NFD);
        text = MARKS.matcher(text).replaceAll("");
        text = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        text = LONG_NUMBER.matcher(text).replaceAll("#");
        return text.length() > MAX ? text.substring(0, MAX).strip() : text;
    }
}
