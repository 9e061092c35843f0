package fr.monenfantalecole.portail.tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WCAG 2.1 contrast between a brand colour and the white text written on it (header, buttons,
 * footer), with the nearest colour of the same hue that passes when it does not.
 */
final class Contrast {

    /** WCAG 2.1 AA for normal text (success criterion 1.4.3). */
    public static final double AA_NORMAL_TEXT = 4.5;

    private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private Contrast() {}

    public static boolean isHexColour(String value) {
        return HEX.matcher(value).matches();
    }

    /** Contrast ratio between two #rrggbb colours, from 1 to 21. */
    public static double ratio(String colour, String other) {
        double l1 = luminance(colour);
        double l2 = luminance(other);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    public static double againstWhite(String colour) {
        return ratio(colour, "#ffffff");
    }

    /**
     * The passing colour closest to the given one: same hue and saturation, lightness lowered just
     * enough to reach AA against white. Empty when the colour already passes.
     */
    public static Optional<String> suggestion(String colour) {
        if (againstWhite(colour) >= AA_NORMAL_TEXT) {
            return Optional.empty();
        }
        double[] hsl = toHsl(colour);
        for (double l = hsl[2]; l >= 0; l -= 0.005) {
            String candidate = fromHsl(hsl[0], hsl[1], l);
            if (againstWhite(candidate) >= AA_NORMAL_TEXT) {
                return Optional.of(candidate);
            }
        }
        return Optional.of("#000000");
    }

    /** "4,5:1" as French readers write it. */
    public static String format(double ratio) {
        return String.format(Locale.FRANCE, "%.1f:1", Math.floor(ratio * 10) / 10);
    }

    private static double luminance(String hex) {
        int[] rgb = rgb(hex);
        return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String hex) {
        if (!isHexColour(hex)) {
            throw new IllegalArgumentException("Couleur attendue au format #rrggbb : " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }

    private static double[] toHsl(String hex) {
        int[] c = rgb(hex);
        double r = c[0] / 255.0, g = c[1] / 255.0, b = c[2] / 255.0;
        double max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
        double l = (max + min) / 2, h = 0, s = 0;
        if (max != min) {
            double d = max - min;
            s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
            if (max == r) {
                h = (g - b) / d + (g < b ? 6 : 0);
            } else if (max == g) {
                h = (b - r) / d + 2;
            } else {
                h = (r - g) / d + 4;
            }
            h /= 6;
        }
        return new double[] {h, s, l};
    }

    private static String fromHsl(double h, double s, double l) {
        double r, g, b;
        if (s == 0) {
            r = g = b = l;
        } else {
            double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
            double p = 2 * l - q;
            r = hue(p, q, h + 1.0 / 3);
            g = hue(p, q, h);
            b = hue(p, q, h - 1.0 / 3);
        }
        return String.format("#%02x%02x%02x", Math.round(r * 255), Math.round(g * 255), Math.round(b * 255));
    }

    private static double hue(double p, double q, double t) {
        if (t < 0) t += 1;
        if (t > 1) t -= 1;
        if (t < 1.0 / 6) return p + (q - p) * 6 * t;
        if (t < 1.0 / 2) return q;
        if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
        return p;
    }
}
