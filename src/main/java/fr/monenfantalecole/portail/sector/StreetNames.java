package fr.monenfantalecole.portail.sector;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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
        String s = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replace('Œ', 'O')
                .replace("Æ", "AE")
                .replaceAll("[’'`´\\-‐–—_.,;:/()\"]", " ")
                .replaceAll("[^A-Z0-9 ]", " ");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** "BOULEVARD DU MARECHAL LECLERC" as type BOULEVARD and name "MARECHAL LECLERC". */
    public static Street parse(String streetText) {
        List<String> words = new ArrayList<>(List.of(fold(streetText).split(" ")));
        words.removeIf(String::isEmpty);
        String type = "";
        if (words.size() > 2 && words.get(0).equals("LIEU") && words.get(1).equals("DIT")) {
            words.subList(0, 2).clear();
        }
        if (!words.isEmpty() && words.size() > 1) {
            String first = words.getFirst();
            String known =
                    StreetVocabulary.TYPES.containsKey(first) ? StreetVocabulary.TYPES.get(first) : misspeltType(first);
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

    private static @Nullable String misspeltType(String word) {
        if (word.length() < 5) {
            return null;
        }
        String best = null;
        for (String type : StreetVocabulary.FULL_TYPES) {
            int d = distance(word, type);
            if (d <= (type.length() >= 8 ? 2 : 1)) {
                if (best != null) {
                    return null;
                }
                best = type;
            }
        }
        return best;
    }

    /** Edit distance between two strings (for street names typed with a mistake). */
    public static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /** Edit distance, or max + 1 as soon as it is sure to exceed max (most streets are far). */
    public static int distance(String a, String b, int max) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
