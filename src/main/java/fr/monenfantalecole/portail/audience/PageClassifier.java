package fr.monenfantalecole.portail.audience;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a public response was, from its path inside the portal (after the slug), its method and its
 * outcome. Only pages count (HTML answered 200), plus the two lookups sent by POST and the family
 * sign-in (a redirect); images, feeds, styles and the JSON API never do.
 */
final class PageClassifier {

    /** What the filter knows of a finished response. */
    record Response(
            String method,
            String chemin,
            int status,
            @Nullable String contentType,
            Function<String, @Nullable String> parameter,
            @Nullable Integer searchResults,
            @Nullable String referer) {}

    /** One thing to count: its kind, what it was about (a fiche, a school, a search) and a search's results. */
    record Counted(PageKind kind, String cible, @Nullable Integer resultats) {}

    private PageClassifier() {}

    /**
     * Whether a response of this method and outcome can count at all, tested before anything else: what
     * {@link #classify} would reject on these alone (a style sheet, a 404, an image, an API call).
     */
    static boolean mayCount(String method, int status, @Nullable String contentType) {
        return switch (method) {
            case "GET" -> status == 200 && isHtml(contentType);
            case "POST" -> status == 200 || status == 302;
            default -> false;
        };
    }

    static List<Counted> classify(Response r) {
        var counted = new ArrayList<Counted>(2);
        String chemin = r.chemin().isEmpty() ? "/" : r.chemin();
        boolean post = "POST".equals(r.method());
        if (post) {
            if (chemin.equals("/services/quotient-familial") && r.status() == 200) {
                counted.add(new Counted(PageKind.QUOTIENT, "", null));
            } else if (chemin.equals("/compte/connexion") && r.status() == 302) {
                counted.add(new Counted(PageKind.CONNEXION_FAMILLE, "", null));
            }
            return counted;
        }
        if (!"GET".equals(r.method()) || r.status() != 200 || !isHtml(r.contentType())) {
            return counted;
        }
        counted.add(page(chemin, r));
        String clicked = searchOf(r.referer());
        if (clicked != null && counted.getFirst().kind() != PageKind.RECHERCHE) {
            counted.add(new Counted(PageKind.CLIC_RECHERCHE, clicked, null));
        }
        return counted;
    }

    private static Counted page(String chemin, Response r) {
        String[] parts = chemin.substring(1).split("/");
        String first = parts[0];
        return switch (first) {
            case "" -> new Counted(PageKind.ACCUEIL, "", null);
            case "questions" ->
                parts.length >= 3
                        ? new Counted(PageKind.FICHE, parts[2].toUpperCase(Locale.ROOT), null)
                        : new Counted(PageKind.QUESTIONS, parts.length == 2 ? parts[1] : "", null);
            case "actualites" -> new Counted(PageKind.ACTUALITES, "", null);
            case "agenda" -> new Counted(PageKind.AGENDA, "", null);
            case "ecoles", "etablissements" ->
                parts.length >= 2
                        ? new Counted(PageKind.ECOLE, parts[1].toUpperCase(Locale.ROOT), null)
                        : new Counted(PageKind.ECOLES, "", null);
            case "structures" -> new Counted(PageKind.ECOLES, "", null);
            case "recherche" -> search(r);
            case "services" -> services(chemin, r);
            case "mon-espace" -> new Counted(PageKind.ESPACE_FAMILLE, "", null);
            default -> new Counted(PageKind.AUTRE, "", null);
        };
    }

    private static Counted search(Response r) {
        String query = SearchQueries.normalise(r.parameter().apply("q"));
        if (query.isEmpty()) {
            return new Counted(PageKind.AUTRE, "", null);
        }
        return new Counted(PageKind.RECHERCHE, query, r.searchResults() == null ? 0 : r.searchResults());
    }

    private static Counted services(String chemin, Response r) {
        if (chemin.startsWith("/services/carte-scolaire")
                && (present(r.parameter().apply("adresse"))
                        || present(r.parameter().apply("lat")))) {
            return new Counted(PageKind.CARTE_SCOLAIRE, "", null);
        }
        return new Counted(PageKind.SERVICES, "", null);
    }

    /** The normalised query of a search results page the visitor came from, if they came from one. */
    static @Nullable String searchOf(@Nullable String referer) {
        if (referer == null || !referer.contains("/recherche?")) {
            return null;
        }
        try {
            String query = URI.create(referer).getRawQuery();
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith("q=")) {
                    String q = SearchQueries.normalise(URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8));
                    return q.isEmpty() ? null : q;
                }
            }
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
        return null;
    }

    private static boolean isHtml(@Nullable String contentType) {
        return contentType != null && contentType.startsWith("text/html");
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
