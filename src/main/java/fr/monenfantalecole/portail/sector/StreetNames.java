package fr.monenfantalecole.portail.sector;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One way of writing a street name, applied to the official rules and to what a parent types, so
 * that "12 bd du Maréchal-Leclerc" and "BOULEVARD DU MARECHAL LECLERC" meet: upper case, accents,
 * apostrophes and hyphens removed, street types and saints written out, articles dropped.
 */
public final class StreetNames {

    /** Street types as written in addresses, to their full name. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("R", "RUE"),
            Map.entry("RUE", "RUE"),
            Map.entry("BD", "BOULEVARD"),
            Map.entry("BLD", "BOULEVARD"),
            Map.entry("BOUL", "BOULEVARD"),
            Map.entry("BOULEVARD", "BOULEVARD"),
            Map.entry("AV", "AVENUE"),
            Map.entry("AVE", "AVENUE"),
            Map.entry("AVENUE", "AVENUE"),
            Map.entry("PL", "PLACE"),
            Map.entry("PLACE", "PLACE"),
            Map.entry("IMP", "IMPASSE"),
            Map.entry("IMPASSE", "IMPASSE"),
            Map.entry("CH", "CHEMIN"),
            Map.entry("CHE", "CHEMIN"),
            Map.entry("CHEM", "CHEMIN"),
            Map.entry("CHEMIN", "CHEMIN"),
            Map.entry("ALL", "ALLEE"),
            Map.entry("ALLEE", "ALLEE"),
            Map.entry("ALLEES", "ALLEE"),
            Map.entry("SQ", "SQUARE"),
            Map.entry("SQUARE", "SQUARE"),
            Map.entry("RTE", "ROUTE"),
            Map.entry("ROUTE", "ROUTE"),
            Map.entry("FG", "FAUBOURG"),
            Map.entry("FBG", "FAUBOURG"),
            Map.entry("FAUBOURG", "FAUBOURG"),
            Map.entry("CRS", "COURS"),
            Map.entry("COURS", "COURS"),
            Map.entry("PROM", "PROMENADE"),
            Map.entry("PROMENADE", "PROMENADE"),
            Map.entry("RES", "RESIDENCE"),
            Map.entry("RESIDENCE", "RESIDENCE"),
            Map.entry("QU", "QUAI"),
            Map.entry("QUAI", "QUAI"),
            Map.entry("PASS", "PASSAGE"),
            Map.entry("PASSAGE", "PASSAGE"),
            Map.entry("VC", "VOIE COMMUNALE"),
            Map.entry("VOIE", "VOIE"),
            Map.entry("LOT", "LOTISSEMENT"),
            Map.entry("LOTISSEMENT", "LOTISSEMENT"),
            Map.entry("HAM", "HAMEAU"),
            Map.entry("HAMEAU", "HAMEAU"),
            Map.entry("CITE", "CITE"),
            Map.entry("CTRE", "CENTRE"),
            Map.entry("ESPL", "ESPLANADE"),
            Map.entry("ESPLANADE", "ESPLANADE"),
            Map.entry("MAIL", "MAIL"),
            Map.entry("VENELLE", "VENELLE"),
            Map.entry("RLE", "RUELLE"),
            Map.entry("RUELLE", "RUELLE"),
            Map.entry("SENTIER", "SENTIER"),
            Map.entry("SEN", "SENTIER"),
            Map.entry("PARC", "PARC"),
            Map.entry("PONT", "PONT"),
            Map.entry("PT", "PONT"),
            Map.entry("RPT", "ROND POINT"),
            Map.entry("ZA", "ZONE ARTISANALE"),
            Map.entry("ZI", "ZONE INDUSTRIELLE"),
            Map.entry("CAR", "CARREFOUR"),
            Map.entry("CARREFOUR", "CARREFOUR"),
            Map.entry("VLA", "VILLA"),
            Map.entry("VILLA", "VILLA"),
            Map.entry("CLOS", "CLOS"),
            Map.entry("COUR", "COUR"),
            Map.entry("PARVIS", "PARVIS"),
            Map.entry("TRAVERSE", "TRAVERSE"),
            Map.entry("TSSE", "TERRASSE"),
            Map.entry("TERRASSE", "TERRASSE"),
            Map.entry("DOM", "DOMAINE"),
            Map.entry("DOMAINE", "DOMAINE"),
            Map.entry("ZAC", "ZAC"),
            Map.entry("PORTE", "PORTE"),
            Map.entry("PORT", "PORT"),
            Map.entry("RAMPE", "RAMPE"),
            Map.entry("DIGUE", "DIGUE"),
            Map.entry("GR", "GRANDE RUE"),
            Map.entry("GDE", "GRANDE"));

    /** Words dropped from names: articles and "de". */
    static final Set<String> ARTICLES = Set.of("DE", "DU", "DES", "D", "L", "LA", "LE", "LES", "AU", "AUX", "ET", "A");

    /** Words written out. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ST", "SAINT"),
            Map.entry("STE", "SAINTE"),
            Map.entry("SAINT", "SAINT"),
            Map.entry("SAINTE", "SAINTE"),
            Map.entry("MAL", "MARECHAL"),
            Map.entry("MARECHAL", "MARECHAL"),
            Map.entry("GAL", "GENERAL"),
            Map.entry("GEN", "GENERAL"),
            Map.entry("GL", "GENERAL"),
            Map.entry("PDT", "PRESIDENT"),
            Map.entry("PRES", "PRESIDENT"),
            Map.entry("DR", "DOCTEUR"),
            Map.entry("DOC", "DOCTEUR"),
            Map.entry("PR", "PROFESSEUR"),
            Map.entry("PROF", "PROFESSEUR"),
            Map.entry("CDT", "COMMANDANT"),
            Map.entry("CNE", "CAPITAINE"),
            Map.entry("LT", "LIEUTENANT"),
            Map.entry("COL", "COLONEL"),
            Map.entry("MGR", "MONSEIGNEUR"),
            Map.entry("ABBE", "ABBE"),
            Map.entry("NOTRE", "NOTRE"),
            Map.entry("ND", "NOTRE DAME"),
            Map.entry("FRERES", "FRERES"),
            Map.entry("JJ", "JEAN JACQUES"));

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
            String known = TYPES.containsKey(first) ? TYPES.get(first) : misspeltType(first);
            if (known != null) {
                words.removeFirst();
                type = known;
            }
        }
        List<String> name = new ArrayList<>();
        for (String w : words) {
            if (ARTICLES.contains(w)) {
                continue;
            }
            name.add(WORDS.getOrDefault(w, w));
        }
        if (name.isEmpty() && !type.isEmpty()) {
            // "Grande Rue", "Le Mail": the type is the name.
            return new Street("", type);
        }
        return new Street(type, String.join(" ", name));
    }

    /** Full type names, for a type typed with a mistake ("boulevad", "impsse"). */
    private static final Set<String> FULL_TYPES = Set.of(
            "BOULEVARD",
            "AVENUE",
            "IMPASSE",
            "SQUARE",
            "CHEMIN",
            "PASSAGE",
            "VENELLE",
            "RESIDENCE",
            "ALLEE",
            "PLACE",
            "ROUTE",
            "PROMENADE",
            "FAUBOURG",
            "LOTISSEMENT",
            "ESPLANADE",
            "CARREFOUR",
            "TERRASSE",
            "RUELLE",
            "HAMEAU",
            "DOMAINE");

    private static @org.jspecify.annotations.Nullable String misspeltType(String word) {
        if (word.length() < 5) {
            return null;
        }
        String best = null;
        for (String type : FULL_TYPES) {
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
