package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.MapProperties;
import fr.monenfantalecole.portail.shared.web.FrameAncestors;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** The response headers every page carries, whichever security chain serves it (staff or family). */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    public static void apply(HttpSecurity http, MapProperties map) throws Exception {
        http.headers(headers -> headers
                // Framing is governed by CSP frame-ancestors, per page: 'self', plus the origins a
                // collectivité allowed for its embeddable pages.
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter((request, response) -> response.setHeader(
                        "Content-Security-Policy", contentSecurityPolicy(map, FrameAncestors.sources(request))))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }

    static String contentSecurityPolicy(MapProperties map, String frameAncestors) {
        return "default-src 'self'; img-src 'self' data: " + map.tileOrigin()
                + "; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors " + frameAncestors;
    }
}
