package fr.monenfantalecole.portail.fiche;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readability of French text with the Kandel–Moles adaptation of the Flesch formula:
 * 207 − 1.015 × (words per sentence) − 73.6 × (syllables per word). Higher is easier; parents'
 * pages should aim above 60.
 */
public final class Readability {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;]+(\\s|$)|\\n\\s*\\n|\\n\\s*[-*]\\s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouyàâäéèêëîïôöùûüœæ]+");

    private Readability() {}

    /** The score and its reading in words. */
    public record Score(double value, int words, int sentences, String libelle) {

        public String formatted() {
            return String.format(Locale.FRANCE, "%.0f", value);
        }
    }

    public static Score of(String markdown) {
        String text = Placeholder.PATTERN
                .matcher(markdown)
                // The fallback is text, not a replacement pattern: a "$" or "\\" in it must not be read as one.
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2) == null ? "donnée" : m.group(2)))
                .replaceAll("(?m)^#+\\s*", "")
                .replaceAll("[*_`>\\[\\]()]", " ")
                .replaceAll("https?://\\S+", "lien");
        var words = WORD.matcher(text).results().map(r -> r.group()).toList();
        if (words.isEmpty()) {
            return new Score(0, 0, 0, "texte vide");
        }
        long sentences =
                Math.max(1, SENTENCE_END.matcher(text.strip() + " ").results().count());
        int syllables = words.stream().mapToInt(Readability::syllables).sum();
        double score = 207 - 1.015 * ((double) words.size() / sentences) - 73.6 * ((double) syllables / words.size());
        return new Score(score, words.size(), (int) sentences, label(score));
    }

    static int syllables(String word) {
        String w = Normalizer.normalize(word.toLowerCase(Locale.FRANCE), Normalizer.Form.NFC);
        if (w.chars().allMatch(Character::isDigit)) {
            return Math.max(1, w.length() / 2);
        }
        // Final mute e, es, ent (3rd person plural) do not make a syllable in French.
        String stem = w.replaceAll("(?<=[^aeiouy])(es|ent|e)$", "");
        long groups = VOWEL_GROUP.matcher(stem).results().count();
        return (int) Math.max(1, groups);
    }

    static String label(double score) {
        if (score >= 80) return "très facile à lire";
        if (score >= 65) return "facile à lire";
        if (score >= 50) return "assez facile à lire";
        if (score >= 35) return "un peu difficile : raccourcissez les phrases";
        return "difficile : phrases et mots trop longs";
    }
}
