package fr.monenfantalecole.portail.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An SVG file shipped with the portal, written into the page rather than linked: it then takes the
 * page's colours through CSS classes (the collectivité's theme), costs no request, and the
 * Content-Security-Policy has nothing to allow. Only files of the class path are read, never
 * anything uploaded (an SVG can carry scripts). Hidden from assistive technologies: the text next
 * to it says what it means.
 */
public final class InlineSvg {

    private static final Pattern COMMENTS = Pattern.compile("<!--.*?-->|<\\?xml.*?\\?>", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("\\s+class=\"[^\"]*\"");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private InlineSvg() {}

    /** The markup of the SVG at this class-path location, with the given CSS class. */
    public static String of(String classpathLocation, String cssClass) {
        return CACHE.computeIfAbsent(classpathLocation + "#" + cssClass, key -> load(classpathLocation, cssClass));
    }

    private static String load(String location, String cssClass) {
        try (InputStream in = InlineSvg.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalArgumentException("SVG absent du class path : " + location);
            }
            String svg = COMMENTS.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .replaceAll("")
                    .strip();
            int end = svg.indexOf('>');
            String open = CLASS.matcher(svg.substring(0, end)).replaceFirst("");
            return open.replaceFirst("<svg", "<svg class=\"" + cssClass + "\" aria-hidden=\"true\" focusable=\"false\"")
                    + svg.substring(end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
