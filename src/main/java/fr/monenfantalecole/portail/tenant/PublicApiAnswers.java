package fr.monenfantalecole.portail.tenant;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The public JSON answers kept in memory like pages ({@link PublicPageFilter}): the search and the carte
 * scolaire of {@code /api/v1/{slug}/…}, each a function of the collectivité's published data and of the
 * request (its parameters), changed by the same events as its pages. They are recognised on the path as
 * the client sent it: the API has no {@link TenantRequest} (its first segment is reserved, also on a
 * collectivité's own host), and an address written otherwise (encoded letters) is only not kept.
 */
final class PublicApiAnswers {

    static final Pattern KEPT = Pattern.compile("^/api/v1/([^/]+)/(recherche|carte-scolaire)$");

    private final Function<String, Optional<Collectivite>> bySlug;

    PublicApiAnswers(Function<String, Optional<Collectivite>> bySlug) {
        this.bySlug = bySlug;
    }

    /** The collectivité of a kept API answer, or null if this request is not one. */
    @Nullable
    Collectivite of(HttpServletRequest request) {
        var matcher = KEPT.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        return matcher.matches() ? bySlug.apply(matcher.group(1)).orElse(null) : null;
    }

    /** The memory's key: the collectivité first (evictions), then the path and the sorted parameters. */
    static String key(Collectivite collectivite, HttpServletRequest request, String parameters) {
        return PublicPages.key(
                collectivite.id(),
                "api "
                        + request.getRequestURI()
                                .substring(request.getContextPath().length()) + parameters);
    }

    /** The request's parameters, sorted and URL-encoded, as a query string ("" without any): pages' keys too. */
    static String parameters(HttpServletRequest request) {
        var parameters = new StringBuilder();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                parameters
                        .append(parameters.isEmpty() ? '?' : '&')
                        .append(encode(name))
                        .append('=')
                        .append(encode(value));
            }
        });
        return parameters.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
