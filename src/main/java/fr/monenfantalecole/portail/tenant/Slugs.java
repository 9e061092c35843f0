package fr.monenfantalecole.portail.tenant;

import java.text.Normalizer;
import java.util.Locale;

/** The first path segment of a collectivité's portal: "saint-malo" for Saint-Malo. */
public final class Slugs {

    private Slugs() {}

    public static String of(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    public static boolean isValid(String slug) {
        return slug.length() <= 60 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
