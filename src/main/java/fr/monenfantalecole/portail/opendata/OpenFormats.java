package fr.monenfantalecole.portail.opendata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/** Which URLs are the open formats: the JSON API and the feeds, as the controllers see them. */
final class OpenFormats {

    /** After tenant resolution, so a collectivité's own host name already carries its slug. */
    private static final Pattern FEEDS = Pattern.compile("^/robots\\.txt$|^/[^/]+/(actualites\\.(rss|atom)|agenda\\.ics"
            + "|agenda/[0-9]+\\.ics|sitemap\\.xml|flux/.+\\.xml)$");
    /** Answers computed from what a parent typed: incomes (quotient, prices at a quotient), an address or a position. */
    private static final Pattern PERSONAL =
            Pattern.compile("^/api/v1/[^/]+/(quotient-familial|tarifs|carte-scolaire(/.*)?)$");

    private static final Pattern DOCUMENTATION = Pattern.compile("^/api/v1/(documentation|swagger-ui)(/.*)?$");

    private OpenFormats() {}

    /** The decoded, normalised path, as Spring MVC matches it (so that /%61pi/… is /api/… here too). */
    static String path(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }

    private static final org.springframework.web.util.UrlPathHelper PATHS =
            new org.springframework.web.util.UrlPathHelper();

    static {
        PATHS.setUrlDecode(true);
        PATHS.setRemoveSemicolonContent(true);
    }

    /** Answers no shared cache (a proxy, a CDN, the browser's disk) may keep. */
    static boolean isPersonal(HttpServletRequest request) {
        return PERSONAL.matcher(path(request)).matches();
    }

    /** The JSON API (its description included) and every feed. */
    static boolean isOpenFormat(HttpServletRequest request) {
        String path = path(request);
        if (path.startsWith("/api/")) {
            return !DOCUMENTATION.matcher(path).matches();
        }
        return FEEDS.matcher(path).matches();
    }
}
