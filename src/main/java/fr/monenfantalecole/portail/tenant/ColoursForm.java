package fr.monenfantalecole.portail.tenant;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The two brand colours as typed (bound as "coloursForm": its messages are in
 * i18n/tenant.properties). Both carry white text (header, buttons, footer), so each must reach WCAG
 * AA contrast (4.5:1) against white; a refused colour comes with a nearby one that passes.
 */
public record ColoursForm(
        @ReadableOnWhite(message = "{tenant.couleurPrimaire.format}", contrast = "{tenant.couleurPrimaire.contraste}")
        @Nullable
        String couleurPrimaire,

        @ReadableOnWhite(
                message = "{tenant.couleurSecondaire.format}",
                contrast = "{tenant.couleurSecondaire.contraste}")
        @Nullable
        String couleurSecondaire) {

    /** The colours the collectivité shows today. */
    static ColoursForm of(Collectivite collectivite) {
        return new ColoursForm(collectivite.couleurPrimaire(), collectivite.couleurSecondaire());
    }

    String primaire() {
        return normalise(couleurPrimaire);
    }

    String secondaire() {
        return normalise(couleurSecondaire);
    }

    /** "#1F4E79 ", "1f4e79" and "#14e" all mean #1f4e79. */
    static String normalise(@Nullable String value) {
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
