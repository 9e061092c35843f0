package fr.monenfantalecole.portail.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Which other sites may show the current page in a frame: set on the request by whoever resolves
 * the collectivité (only for its embeddable pages), read when the Content-Security-Policy is written.
 */
public final class FrameAncestors {

    public static final String ATTRIBUTE = FrameAncestors.class.getName();

    private FrameAncestors() {}

    public static void allow(HttpServletRequest request, List<String> origins) {
        request.setAttribute(ATTRIBUTE, List.copyOf(origins));
    }

    /** The frame-ancestors directive's sources for this request: always 'self', plus the allowed origins. */
    @SuppressWarnings("unchecked")
    public static String sources(HttpServletRequest request) {
        var origins = (List<String>) request.getAttribute(ATTRIBUTE);
        return origins == null || origins.isEmpty() ? "'self'" : "'self' " + String.join(" ", origins);
    }
}
