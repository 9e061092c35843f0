package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.shared.EditDistance;
import java.util.regex.Pattern;

/**
 * A rough key of how a folded French word sounds, for typos made by ear: doubled consonants
 * ("cantinne"), é/er/ez/ait endings, silent final letters ("retar"), ph/f, qu/k/c, c/s before e
 * and i ("absense"), tion/sion, y/i, ai/ei/e ("metresse"), an/en nasals. Two words with one key are
 * probably one word misspelt; the key is never indexed, only looked up for a word the texts lack.
 */
final class FrenchSounds {

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
    private static final String[][] RULES = {
        {"ph", "f"},
        {"tion", "sion"},
        {"ch", "X"},
        {"qu", "k"},
        {"gu(?=[eiy])", "G"},
        {"g(?=[eiy])", "j"},
        {"cc(?=[eiy])|c(?=[eiy])", "s"},
        {"ck|c|q", "k"},
        {"(?<=[aeiouy])s(?=[aeiouy])", "z"},
        {"h", ""},
        {"y", "i"},
        {"w", "v"},
        {"eau|au", "o"},
        {"(?:ai|ei)n(?=[^aeiou]|$)", "in"},
        {"[ae][nm](?=[^aeioumn]|$)", "an"},
        {"ai|ei|ay", "e"},
        {"(?:er|ez|et|ed)$", "e"},
    };
    private static final Pattern[] PATTERNS = new Pattern[RULES.length];

    static {
        for (int i = 0; i < RULES.length; i++) {
            PATTERNS[i] = Pattern.compile(RULES[i][0]);
        }
    }

    private FrenchSounds() {}

    /** The sound key of a folded, lower-case word. */
    static String key(String word) {
        String s = NOT_LETTER.matcher(word).replaceAll("");
        for (int i = 0; i < RULES.length; i++) {
            s = PATTERNS[i].matcher(s).replaceAll(RULES[i][1]);
        }
        s = DOUBLED.matcher(s).replaceAll("$1");
        // Silent endings: final e, s, x, t, d (several: "absentes"), the word kept at 3 letters.
        int end = s.length();
        while (end > 3 && "esxtd".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a word and a known word of the same key are close enough in letters to be one word. */
    static boolean close(String word, String known) {
        int max = Math.max(2, Math.min(word.length(), known.length()) / 3);
        return EditDistance.bounded(word, known, max) <= max;
    }
}
