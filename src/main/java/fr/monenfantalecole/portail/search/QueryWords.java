package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.shared.Folding;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A query's words as the answers compare them: folded ("Noël" → "noel"), apostrophes and punctuation as spaces. */
record QueryWords(List<String> words) {

    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    /** Words that never name anything alone: articles and prepositions ("de la", "l'", "d'"). */
    static final Set<String> SMALL =
            Set.of("a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les");

    static QueryWords of(String text) {
        return new QueryWords(Arrays.stream(SEPARATORS.split(Folding.lower(text)))
                .filter(w -> !w.isEmpty())
                .toList());
    }

    boolean has(String word) {
        return words.contains(word);
    }

    boolean hasAny(Set<String> some) {
        return words.stream().anyMatch(some::contains);
    }

    /** Whether {@code part} appears in these words, in order and side by side. */
    boolean containsRun(List<String> part) {
        return !part.isEmpty() && java.util.Collections.indexOfSubList(words, part) >= 0;
    }

    /** The words without the small ones. */
    List<String> meaningful() {
        return words.stream().filter(w -> !SMALL.contains(w)).toList();
    }
}
