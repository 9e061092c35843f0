package fr.monenfantalecole.portail.fiche;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readability of French text with the Kandel–Moles adaptation of the Flesch formula:
 * 207 − 1.015 × (words per sentence) − 73.6 × (syllables per word). Higher is easier; parents'
 * pages should aim above 60. Counted as the formula's authors count: a sentence ends at ".", "!",
 * "?" or a new paragraph or list item (not at ":" or ";"); syllables are those read aloud — the
 * mute "-ent" of verbs is not one, digits are read as numbers, acronyms as they are said.
 */
public final class Readability {

    /** Sentences longer than this are flagged to the writer. */
    public static final int LONG_SENTENCE = 20;

    // An initial ("article L. 131-1", "M. Durand") does not end a sentence.
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<![\\s(]\\p{Lu})[.!?…]+(\\s|$)|\\n\\s*\\n|\\n\\s*[-*]\\s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouyàâäéèêëîïôöùûüœæ]+");
    private static final Pattern RUN = Pattern.compile("\\p{N}+|\\p{L}+");

    /** Common words whose "-ent" is heard (nouns, adjectives, adverbs); other "-ent" endings are verbs'. */
    private static final Set<String> SPOKEN_ENT = Set.of(
            "parent",
            "parents",
            "souvent",
            "moment",
            "comment",
            "accident",
            "agent",
            "argent",
            "absent",
            "présent",
            "urgent",
            "client",
            "dent",
            "lent",
            "cent",
            "vent",
            "content",
            "différent",
            "équivalent",
            "récent",
            "talent",
            "patient",
            "évident",
            "prudent",
            "fréquent",
            "intelligent",
            "adolescent",
            "établissement",
            "enseignement",
            "équipement",
            "règlement",
            "paiement",
            "hébergement",
            "logement",
            "événement",
            "évènement",
            "gouvernement",
            "département",
            "précédent",
            "suivant",
            "référent",
            "ent");

    private Readability() {}

    /** A sentence over {@link #LONG_SENTENCE} words: its start, to find it, and its length. */
    public record LongSentence(String debut, int words) {}

    /** The score and its reading in words. */
    public record Score(double value, int words, int sentences, String libelle, List<LongSentence> longSentences) {

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
        var words = words(text);
        if (words.isEmpty()) {
            return new Score(0, 0, 0, "texte vide", List.of());
        }
        List<LongSentence> longOnes = new ArrayList<>();
        int sentences = 0;
        for (String sentence : SENTENCE_END.split(text.strip() + " ")) {
            int count = words(sentence).size();
            if (count > 0) {
                sentences++;
            }
            if (count > LONG_SENTENCE) {
                longOnes.add(new LongSentence(start(sentence), count));
            }
        }
        sentences = Math.max(1, sentences);
        int syllables = words.stream().mapToInt(Readability::syllables).sum();
        double score = 207 - 1.015 * ((double) words.size() / sentences) - 73.6 * ((double) syllables / words.size());
        return new Score(score, words.size(), sentences, label(score), List.copyOf(longOnes));
    }

    private static List<String> words(String text) {
        return WORD.matcher(text).results().map(r -> r.group()).toList();
    }

    private static String start(String sentence) {
        var first = words(sentence).stream().limit(8).toList();
        return String.join(" ", first) + " …";
    }

    /** Syllables read aloud: "CM2" is "cé-èm-deux", "2026" "deux mille vingt-six", "CAF" "caf". */
    static int syllables(String word) {
        int total = 0;
        var runs = RUN.matcher(word);
        boolean any = false;
        while (runs.find()) {
            any = true;
            String run = runs.group();
            if (Character.isDigit(run.charAt(0))) {
                total += spokenSyllables(
                        FrenchNumbers.spoken(Long.parseLong(run.length() > 12 ? run.substring(0, 12) : run)));
            } else if (run.length() >= 2 && run.equals(run.toUpperCase(Locale.FRANCE))) {
                total += acronym(run);
            } else {
                total += wordSyllables(run);
            }
        }
        return any ? Math.max(1, total) : 1;
    }

    private static int spokenSyllables(String words) {
        return words(words.replace('-', ' ')).stream()
                .mapToInt(Readability::wordSyllables)
                .sum();
    }

    /** An acronym said as a word when it can be ("CAF", "ULIS", "ATSEM"), else letter by letter ("ENT", "MDPH"). */
    private static int acronym(String letters) {
        String pattern =
                letters.toLowerCase(Locale.FRANCE).replaceAll("[aeiouy]", "V").replaceAll("[^V]", "C");
        boolean sayable = pattern.contains("V")
                && !pattern.startsWith("CC")
                && !pattern.endsWith("CC")
                && !pattern.startsWith("VV")
                && !pattern.contains("CCC");
        if (sayable) {
            return (int) Math.max(
                    1,
                    VOWEL_GROUP
                            .matcher(letters.toLowerCase(Locale.FRANCE))
                            .results()
                            .count());
        }
        return letters.length() + (int) letters.chars().filter(c -> c == 'W').count() * 2;
    }

    private static int wordSyllables(String word) {
        String w = Normalizer.normalize(word.toLowerCase(Locale.FRANCE), Normalizer.Form.NFC);
        // Final mute e and es do not make a syllable in French, nor the "-ent" of a verb (ils mangent).
        String stem = SPOKEN_ENT.contains(w) || (w.endsWith("ment") && w.length() > 6 && !w.endsWith("ssent"))
                ? w
                : w.replaceAll("(?<=[^aeiouy])(es|ent|e)$", "");
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
