package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.Folding;

/** The first path segment of a collectivité's portal: "saint-malo" for Saint-Malo. */
public final class Slugs {

    private Slugs() {}

    public static String of(String name) {
        return Folding.lower(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    public static boolean isValid(String slug) {
        return slug.length() <= 60 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
