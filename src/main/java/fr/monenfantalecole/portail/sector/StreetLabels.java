package fr.monenfantalecole.portail.sector;

import java.util.Locale;
import java.util.Set;

/** Official upper-case street names written for people: "BOULEVARD DE LA TOUR D AUVERGNE" → "Boulevard de la Tour d'Auvergne". */
final class StreetLabels {

    private static final Set<String> SMALL =
            Set.of("de", "du", "des", "la", "le", "les", "l", "d", "et", "au", "aux", "a", "en", "sur", "sous");

    private StreetLabels() {}

    static String label(String upper) {
        String[] words = upper.toLowerCase(Locale.FRANCE).split("\\s+");
        var out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            boolean elided = (w.equals("d") || w.equals("l")) && i + 1 < words.length;
            if (i > 0 && !out.isEmpty() && out.charAt(out.length() - 1) != '\'') {
                out.append(' ');
            }
            if (i > 0 && SMALL.contains(w)) {
                out.append(elided ? w + "'" : w);
            } else {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
                if (elided) {
                    out.append('\'');
                }
            }
        }
        return out.toString();
    }
}
