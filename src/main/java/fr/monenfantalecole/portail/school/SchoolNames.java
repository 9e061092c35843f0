package fr.monenfantalecole.portail.school;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Establishment names as a reader expects them, from the Annuaire's official spelling: accents on the
 * words known to take them ("Ecole" → "École"), ordinary case for names typed in capitals, and the
 * article French puts before them ("la page de l'école …", "du collège …"). The official text is kept
 * by the callers; only these generic words are touched, never a proper name.
 */
public final class SchoolNames {

    /** Generic words of the Annuaire written without their accents, lower case. */
    private static final Map<String, String> ACCENTS = Map.ofEntries(
            Map.entry("ecole", "école"),
            Map.entry("ecoles", "écoles"),
            Map.entry("elementaire", "élémentaire"),
            Map.entry("college", "collège"),
            Map.entry("lycee", "lycée"),
            Map.entry("etablissement", "établissement"),
            Map.entry("privee", "privée"),
            Map.entry("prive", "privé"),
            Map.entry("regional", "régional"),
            Map.entry("regionale", "régionale"),
            Map.entry("specialise", "spécialisé"),
            Map.entry("specialisee", "spécialisée"),
            Map.entry("medico-educatif", "médico-éducatif"),
            Map.entry("education", "éducation"),
            Map.entry("superieur", "supérieur"),
            Map.entry("general", "général"),
            Map.entry("generale", "générale"),
            Map.entry("agricole", "agricole"),
            Map.entry("theatre", "théâtre"));

    /** Words that stay in lower case inside a name once it is out of capitals. */
    private static final Set<String> LOWER = Set.of(
            "école",
            "écoles",
            "maternelle",
            "élémentaire",
            "primaire",
            "publique",
            "public",
            "privée",
            "privé",
            "collège",
            "lycée",
            "général",
            "générale",
            "professionnel",
            "technologique",
            "polyvalent",
            "et",
            "de",
            "du",
            "des",
            "la",
            "le",
            "les",
            "d'",
            "l'",
            "à",
            "au",
            "aux",
            "en",
            "sur",
            "sous",
            "établissement",
            "régional",
            "régionale",
            "adapté",
            "spécialisé",
            "enseignement",
            "agricole");

    private static final Set<String> MASCULINE =
            Set.of("collège", "lycée", "centre", "groupe", "pôle", "relais", "foyer");
    private static final Set<String> FEMININE =
            Set.of("maison", "crèche", "halte-garderie", "micro-crèche", "structure");

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");

    private SchoolNames() {}

    /** "ECOLE PRIMAIRE PUBLIQUE ODILE GAUTRY" or "Ecole primaire publique Odile Gautry" → "École primaire publique Odile Gautry". */
    public static String typographic(String official) {
        boolean capitals = official.equals(official.toUpperCase(Locale.FRENCH))
                && !official.equals(official.toLowerCase(Locale.FRENCH));
        Matcher m = WORD.matcher(official.strip());
        var out = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.FRENCH);
            String accented = ACCENTS.get(lower);
            String shown;
            if (accented != null) {
                shown = first || !capitals && Character.isUpperCase(word.charAt(0)) && !LOWER.contains(accented)
                        ? capitalize(accented)
                        : accented;
            } else if (capitals && !first && lower.matches("[dl]'.+")) {
                shown = lower.substring(0, 2) + capitalizeParts(lower.substring(2));
            } else if (capitals) {
                shown = !first && LOWER.contains(lower) ? lower : capitalizeParts(lower);
            } else {
                shown = word;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
            first = false;
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "de l'école primaire publique Odile Gautry", "du collège Thérèse Pierre", "de la maison de l'enfance". */
    public static String de(String official) {
        String name = typographic(official);
        String firstWord = name.split("[\\s]", 2)[0].toLowerCase(Locale.FRENCH);
        String generic = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        if (ACCENTS.containsValue(firstWord)
                || LOWER.contains(firstWord)
                || MASCULINE.contains(firstWord)
                || FEMININE.contains(firstWord)) {
            if ("aàâeéèêiîoôuy".indexOf(generic.charAt(0)) >= 0) {
                return "de l'" + generic;
            }
            return MASCULINE.contains(firstWord)
                    ? "du " + generic
                    : FEMININE.contains(firstWord) ? "de la " + generic : "de " + generic;
        }
        return "de " + name;
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** "jean-baptiste" → "Jean-Baptiste", "d'argentré" → "d'Argentré". */
    private static String capitalizeParts(String word) {
        var out = new StringBuilder(word.length());
        boolean up = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(up ? Character.toUpperCase(c) : c);
            up = c == '-' || (c == '\'' && i == 1);
        }
        return out.toString();
    }
}
