package fr.monenfantalecole.portail.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An establishment's address as a parent reads it: the street to go to, the town with its accents,
 * and the postal box (BP, CS, TSA with its Cedex) apart, since it is only for letters. Built from the
 * Annuaire's lines, which the page keeps available as they are.
 *
 * @param boitePostale "BP 7103, 35171 Bruz Cedex", or null when the Annuaire gives none
 */
public record SchoolAddress(
        String rue, String ville, @Nullable String boitePostale) {

    private static final Pattern POSTAL_BOX = Pattern.compile("(?i)^(B\\.?P\\.?|C\\.?S\\.?|TSA)\\s*\\d+.*");
    private static final Pattern CITY_LINE = Pattern.compile("^(\\d{5})\\s+(.*)$");
    private static final Pattern CAPITALS = Pattern.compile("\\b\\p{Lu}{2,}(?:[-']\\p{Lu}+)*\\b");

    public static SchoolAddress of(Etablissement e) {
        List<String> street = new ArrayList<>();
        String box = null;
        String cityLine = null;
        for (String line : new String[] {e.adresse1(), e.adresse2(), e.adresse3()}) {
            if (line == null || line.isBlank()) {
                continue;
            }
            String l = line.strip();
            if (POSTAL_BOX.matcher(l).matches()) {
                box = l.toUpperCase(Locale.FRENCH)
                        .replaceFirst("^B\\.?P\\.?", "BP")
                        .replaceFirst("^C\\.?S\\.?", "CS");
            } else if (CITY_LINE.matcher(l).matches()) {
                cityLine = l;
            } else {
                street.add(ordinaryCase(l));
            }
        }
        String postalCode = e.codePostal() == null ? "" : e.codePostal();
        boolean cedex = cityLine != null && cityLine.toUpperCase(Locale.FRENCH).contains("CEDEX");
        if (cityLine != null) {
            var m = CITY_LINE.matcher(cityLine);
            if (m.matches()) {
                postalCode = m.group(1);
            }
        }
        String town = e.nomCommune();
        String ville = (postalCode + " " + town).strip();
        if (box != null || cedex) {
            // A Cedex code routes letters only: the street is given with the town alone.
            return new SchoolAddress(
                    String.join(", ", street), town, (box == null ? "" : box + ", ") + ville + (cedex ? " Cedex" : ""));
        }
        return new SchoolAddress(String.join(", ", street), ville, null);
    }

    /** The street and town on one line, to read or to give to a map. */
    public String complete() {
        return rue.isEmpty() ? ville : rue + ", " + ville;
    }

    /** "1 bis avenue ALPHONSE LEGAULT" → "1 bis avenue Alphonse Legault"; short codes (ZA, ZAC, RN…) stay. */
    static String ordinaryCase(String line) {
        boolean allCapitals = line.equals(line.toUpperCase(Locale.FRENCH));
        return CAPITALS.matcher(line).replaceAll(m -> {
            String word = m.group();
            String lower = word.toLowerCase(Locale.FRENCH);
            if (CODES.contains(word)) {
                return word;
            }
            if (allCapitals && SMALL.contains(lower)) {
                return lower;
            }
            return word.length() <= 2 && !allCapitals ? word : capitalize(lower);
        });
    }

    private static final java.util.Set<String> CODES =
            java.util.Set.of("BP", "CS", "TSA", "ZA", "ZI", "ZAC", "RN", "RD", "ZUP");
    private static final java.util.Set<String> SMALL =
            java.util.Set.of("de", "la", "le", "les", "du", "des", "et", "à", "au", "aux", "en", "sur", "sous");

    private static String capitalize(String word) {
        var out = new StringBuilder(word.length());
        boolean up = true;
        for (char c : word.toCharArray()) {
            out.append(up ? Character.toUpperCase(c) : c);
            up = c == '-' || c == '\'';
        }
        return out.toString();
    }
}
