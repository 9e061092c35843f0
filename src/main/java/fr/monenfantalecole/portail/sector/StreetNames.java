package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.shared.EditDistance;
import fr.monenfantalecole.portail.shared.Folding;
import java.util.ArrayList;
import java.util.List;

/**
 * One way of writing a street name, applied to the official rules and to what a parent types, so
 * that "12 bd du Maréchal-Leclerc" and "BOULEVARD DU MARECHAL LECLERC" meet: upper case, accents,
 * apostrophes and hyphens removed, street types and saints written out, articles dropped.
 */
final class StreetNames {

    private StreetNames() {}

    /** A street: its type (may be empty) and the words of its name. */
    public record Street(String type, String name) {

        public String key() {
            return type.isEmpty() ? name : type + " " + name;
        }
    }

    /** Upper case, no accents, apostrophes and hyphens as spaces, one space between words. */
    public static String fold(String text) {
        // The street rules read "Œ" as O and "Æ" as AE; the shared folding alone would make them spaces.
        String spelled =
                text.replace("œ", "O").replace("Œ", "O").replace("æ", "AE").replace("Æ", "AE");
        return Folding.upperAsciiWords(spelled);
    }

    /** "BOULEVARD DU MARECHAL LECLERC" as type BOULEVARD and name "MARECHAL LECLERC". */
    public static Street parse(String streetText) {
        return parse(streetText, true);
    }

    /**
     * The readings of a typed street: its type and name, and when the type was only guessed (an
     * abbreviation or a typo, "pre" for a promenade), also every word as the name.
     */
    static List<Street> readings(String streetText) {
        var typed = parse(streetText, true);
        List<String> words = words(streetText);
        boolean guessed =
                !typed.type().isEmpty() && !words.isEmpty() && !StreetVocabulary.TYPES.containsKey(words.getFirst());
        List<Street> readings = new ArrayList<>(List.of(typed));
        if (guessed) {
            readings.add(parse(streetText, false));
        }
        // "lla Bahuchais", "lse Chambrettes": an article typed with a mistake, before the name of a place.
        if (typed.type().isEmpty() && words.size() > 1 && !StreetVocabulary.ARTICLES.contains(words.getFirst())) {
            for (String article : List.of("LA", "LE", "LES")) {
                if (EditDistance.bounded(words.getFirst(), article, 1) <= 1) {
                    readings.add(parse(String.join(" ", words.subList(1, words.size())), true));
                    break;
                }
            }
        }
        return readings;
    }

    private static Street parse(String streetText, boolean withType) {
        List<String> words = words(streetText);
        String type = "";
        if (words.size() > 1 && withType) {
            String known = StreetTypes.of(words.getFirst());
            if (known != null) {
                words.removeFirst();
                type = known;
            }
        }
        List<String> name = new ArrayList<>();
        for (String w : words) {
            if (StreetVocabulary.ARTICLES.contains(w)) {
                continue;
            }
            name.add(StreetVocabulary.WORDS.getOrDefault(w, w));
        }
        if (name.isEmpty() && !type.isEmpty()) {
            // "Grande Rue", "Le Mail": the type is the name.
            return new Street("", type);
        }
        return new Street(type, String.join(" ", name));
    }

    /** The folded words, without a leading "lieu-dit" ("ld"), which names no street. */
    private static List<String> words(String streetText) {
        List<String> words = new ArrayList<>(List.of(fold(streetText).split(" ")));
        words.removeIf(String::isEmpty);
        if (words.size() > 2 && words.get(1).equals("DIT") && EditDistance.bounded(words.get(0), "LIEU", 1) <= 1) {
            words.subList(0, 2).clear();
        } else if (words.size() > 1
                && (words.get(0).equals("LD") || words.get(0).equals("LIEUDIT"))) {
            words.removeFirst();
        }
        return words;
    }
}
