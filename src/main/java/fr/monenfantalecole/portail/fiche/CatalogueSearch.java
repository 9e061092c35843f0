package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.shared.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue's fiches that may answer a parents' search (one that found nothing, sent from the
 * audience figures): those whose question, title or expected searches share the most words with it.
 * A plain word match over a few hundred entries, for an editor's list, not the portal's search.
 */
final class CatalogueSearch {

    /** At most this many fiches are proposed. */
    static final int LIMIT = 10;

    private static final Set<String> SMALL_WORDS = Set.of(
            "les", "des", "une", "pour", "par", "dans", "sur", "aux", "avec", "est", "que", "qui", "mon", "mes", "son",
            "ses", "comment", "quand", "quel", "quelle", "faut");

    private CatalogueSearch() {}

    /** The fiches sharing a meaningful word with the search, the most shared first (then in catalogue order). */
    public static List<Fiche> matching(List<Fiche> catalogue, String search) {
        var words = words(search);
        if (words.isEmpty()) {
            return List.of();
        }
        record Scored(Fiche fiche, long score, int position) {}
        var scored = new ArrayList<Scored>();
        for (int i = 0; i < catalogue.size(); i++) {
            var fiche = catalogue.get(i);
            var text = words(fiche.displayTitle() + " " + fiche.question() + " " + String.join(" ", fiche.requetes()));
            long score = words.stream().filter(text::contains).count();
            if (score > 0) {
                scored.add(new Scored(fiche, score, i));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingLong(Scored::score).reversed().thenComparingInt(Scored::position))
                .limit(LIMIT)
                .map(Scored::fiche)
                .toList();
    }

    /** Lower case, without accents, words of three letters or more that are not small words. */
    static Set<String> words(String text) {
        return Arrays.stream(Folding.lower(text).split("[^a-z0-9]+"))
                .filter(w -> w.length() >= 3 && !SMALL_WORDS.contains(w))
                .collect(Collectors.toSet());
    }
}
