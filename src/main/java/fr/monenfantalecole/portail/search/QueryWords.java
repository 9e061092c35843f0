package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.shared.Folding;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A query's words as the answers compare them: the shared folding ({@link Folding#lowerWords}: "Noël" →
 * "noel", apostrophes and punctuation as spaces), the same for the query and for what it is compared with.
 */
record QueryWords(List<String> words) {

    /** Words that never name anything alone: articles and prepositions ("de la", "l'", "d'"). */
    static final Set<String> SMALL =
            Set.of("a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les");

    static QueryWords of(String text) {
        String folded = Folding.lowerWords(text);
        return new QueryWords(folded.isEmpty() ? List.of() : List.of(folded.split(" ")));
    }

    boolean has(String word) {
        return words.contains(word);
    }

    boolean hasAny(Set<String> some) {
        return words.stream().anyMatch(some::contains);
    }

    /** Whether {@code part} appears in these words, in order and side by side. */
    boolean containsRun(List<String> part) {
        return !part.isEmpty() && Collections.indexOfSubList(words, part) >= 0;
    }

    /** The words without the small ones. */
    List<String> meaningful() {
        return words.stream().filter(w -> !SMALL.contains(w)).toList();
    }
}
