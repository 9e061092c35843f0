package fr.monenfantalecole.portail.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text compared the way a French reader compares it: without accents and without case, so that
 * "Collège", "COLLEGE" and "college" meet. Locale-free, so that the result does not depend on the
 * machine. Each caller adds its own steps (punctuation, separators) after this one.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Folding() {}

    /** "Élémentaire" → "elementaire". */
    public static String lower(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
