package fr.monenfantalecole.portail.shared.web;

import java.util.regex.Pattern;
import org.webjars.WebJarVersionLocator;

/**
 * Icons of the Lucide set (ISC licence), from its WebJar: written into the page by {@link InlineSvg},
 * so they take the colour of the text around them ({@code currentColor}) and no other host is asked.
 */
public final class Icons {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final WebJarVersionLocator LOCATOR = new WebJarVersionLocator();

    private Icons() {}

    /** The icon's markup; the name is one of Lucide's (https://lucide.dev/icons). */
    public static String svg(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Nom d'icône invalide : " + name);
        }
        String path = LOCATOR.fullPath("lucide-static", "icons/" + name + ".svg");
        if (path == null) {
            throw new IllegalArgumentException("Icône inconnue : " + name);
        }
        return InlineSvg.of(path, "icone");
    }
}
