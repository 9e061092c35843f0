package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.shared.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the street type at the head of an address however it is typed: written out or in the
 * postal abbreviations ({@link StreetVocabulary#TYPES}), in the plural ("rues"), shortened to its
 * first letters ("boulv", "aven"), to its consonants ("bvd", "psg"), or with a typo ("boulvard",
 * "ru", "alle", "avneue"). A word that could be two types is no type: the name decides.
 */
final class StreetTypes {

    private StreetTypes() {}

    /** Types a short word may stand for, besides the long ones of the vocabulary. */
    private static final Set<String> SHORT = Set.of("RUE", "QUAI", "MAIL", "COURS");

    private static final List<String> ALL = Stream.concat(StreetVocabulary.FULL_TYPES.stream(), SHORT.stream())
            .sorted()
            .toList();

    /** The full type this first word stands for, or null when it is no type or could be two. */
    static @Nullable String of(String word) {
        String known = StreetVocabulary.TYPES.get(word);
        if (known != null) {
            return known;
        }
        if (StreetVocabulary.ARTICLES.contains(word)
                || word.length() < 2
                || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        if (word.length() > 3 && word.endsWith("S")) {
            String singular = StreetVocabulary.TYPES.get(word.substring(0, word.length() - 1));
            if (singular != null) {
                return singular;
            }
        }
        // A typo first ("ruee" is a rue, not a ruelle), then an abbreviation, the closest of several.
        List<String> found = closest(word, ALL, true);
        if (found.size() != 1) {
            List<String> abbreviated =
                    ALL.stream().filter(t -> abbreviates(word, t)).toList();
            found = abbreviated.size() > 1 ? closest(word, abbreviated, false) : abbreviated;
        }
        return found.size() == 1 ? found.getFirst() : null;
    }

    /**
     * "al" or "aven" for ALLEE or AVENUE (its first letters), "bvd" or "boulv" for BOULEVARD (some of its
     * letters in order: consonants only when short, so that "pre" or "bas" stay names).
     */
    private static boolean abbreviates(String word, String type) {
        if (word.length() >= type.length() || word.charAt(0) != type.charAt(0)) {
            return false;
        }
        if (type.startsWith(word)) {
            return true;
        }
        if (word.length() > 5 || (word.length() < 4 && word.chars().anyMatch(c -> "AEIOUY".indexOf(c) >= 0))) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < type.length() && at < word.length(); i++) {
            if (type.charAt(i) == word.charAt(at)) {
                at++;
            }
        }
        return at == word.length();
    }

    /** The closest types: within one typo (two for long words) when oneTypo, else at any distance. */
    private static List<String> closest(String word, List<String> types, boolean oneTypo) {
        int best = Integer.MAX_VALUE;
        List<String> found = new ArrayList<>();
        for (String type : types) {
            int allowed = !oneTypo ? Integer.MAX_VALUE - 1 : type.length() >= 8 && word.length() >= 6 ? 2 : 1;
            if (oneTypo && Math.abs(type.length() - word.length()) > allowed) {
                continue;
            }
            int d = EditDistance.bounded(word, type, allowed);
            if (d > allowed || d > best) {
                continue;
            }
            if (d < best) {
                found.clear();
                best = d;
            }
            found.add(type);
        }
        return found;
    }
}
