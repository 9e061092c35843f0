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
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^A-Z0-9]+");

    private Folding() {}

    /** "Élémentaire" → "elementaire". */
    public static String lower(String text) {
        return unmarked(text).toLowerCase(Locale.ROOT);
    }

    /**
     * "Cantine ?" → "cantine", "Œuvre — été" → "œuvre ete": {@link #lower}, every run of what is
     * neither a letter nor a digit (in any script) as one space, none at the ends.
     */
    public static String lowerWords(String text) {
        return NOT_WORD.matcher(lower(text)).replaceAll(" ").strip();
    }

    /**
     * "Saint-Aubin-du-Cormier" → "SAINT AUBIN DU CORMIER": upper case without accents, every run of
     * what is not A–Z or 0–9 as one space (a ligature such as "œ" too), none at the ends.
     */
    public static String upperAsciiWords(String text) {
        return NOT_ASCII_WORD
                .matcher(unmarked(text).toUpperCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    private static String unmarked(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
