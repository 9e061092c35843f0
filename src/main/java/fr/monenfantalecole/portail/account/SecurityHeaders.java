package fr.monenfantalecole.portail.account;

import fr.monenfantalecole.portail.shared.MapProperties;
import fr.monenfantalecole.portail.shared.web.FrameAncestors;
import java.util.function.Supplier;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** The response headers every page carries, whichever security chain serves it (staff or family). */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    public static void apply(HttpSecurity http, MapProperties map) throws Exception {
        apply(http, map, () -> "");
    }

    /** The same, with origins a form of these pages may lead to (a provider's logout), space-separated. */
    public static void apply(HttpSecurity http, MapProperties map, Supplier<String> formActions) throws Exception {
        http.headers(headers -> headers
                // Framing is governed by CSP frame-ancestors, per page: 'self', plus the origins a
                // collectivité allowed for its embeddable pages.
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter((request, response) -> response.setHeader(
                        "Content-Security-Policy",
                        contentSecurityPolicy(map, FrameAncestors.sources(request), formActions.get())))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }

    static String contentSecurityPolicy(MapProperties map, String frameAncestors, String formActions) {
        return "default-src 'self'; img-src 'self' data: " + map.tileOrigin()
                + "; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'" + (formActions.isBlank() ? "" : " " + formActions) + "; frame-ancestors "
                + frameAncestors;
    }
}
