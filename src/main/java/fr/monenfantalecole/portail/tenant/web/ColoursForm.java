package fr.monenfantalecole.portail.tenant.web;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Contrast;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The two brand colours as typed. Both carry white text (header, buttons, footer), so each must
 * reach WCAG AA contrast (4.5:1) against white; a refused colour comes with a nearby one that passes.
 */
public record ColoursForm(
        @Nullable String couleurPrimaire, @Nullable String couleurSecondaire) {

    /** The colours the collectivité shows today. */
    static ColoursForm of(Collectivite collectivite) {
        return new ColoursForm(collectivite.couleurPrimaire(), collectivite.couleurSecondaire());
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        check("couleurPrimaire", "principale", couleurPrimaire, errors);
        check("couleurSecondaire", "secondaire", couleurSecondaire, errors);
        return errors;
    }

    String primaire() {
        return normalise(couleurPrimaire);
    }

    String secondaire() {
        return normalise(couleurSecondaire);
    }

    private static void check(String field, String label, @Nullable String value, Map<String, String> errors) {
        String colour = normalise(value);
        if (!Contrast.isHexColour(colour)) {
            errors.put(field, "La couleur " + label + " doit être au format #rrggbb, par exemple #1f4e79.");
            return;
        }
        double ratio = Contrast.againstWhite(colour);
        if (ratio < Contrast.AA_NORMAL_TEXT) {
            errors.put(
                    field,
                    "Le texte blanc sur la couleur " + label + " " + colour + " n'offre qu'un contraste de "
                            + Contrast.format(ratio)
                            + " ; il faut au moins 4,5:1 pour que tous puissent lire (WCAG AA). "
                            + "Couleur proche qui convient : "
                            + Contrast.suggestion(colour).orElseThrow() + ".");
        }
    }

    private static String normalise(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.matches("[0-9a-f]{6}")) {
            v = "#" + v;
        }
        if (v.matches("#[0-9a-f]{3}")) {
            v = "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
        }
        return v;
    }
}
