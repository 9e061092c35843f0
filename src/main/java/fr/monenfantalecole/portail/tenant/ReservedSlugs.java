package fr.monenfantalecole.portail.tenant;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The words no collectivité may take as its slug, read from the application's own routes: every
 * literal segment found where another route has a {slug} ("admin" beside /{slug}/, "redaction"
 * and "collectivites" beside /admin/{slug}/, "documentation" beside /api/v1/{slug}/), the paths of
 * static files, and a few words of the platform ("connexion"). A route added later is covered
 * without editing a list.
 */
@Component
class ReservedSlugs {

    /** Words that name the platform's pages to a reader, whether or not a route starts with them yet. */
    private static final Set<String> WORDS = Set.of(
            "connexion",
            "deconnexion",
            "redaction",
            "plateforme",
            "actuator",
            "compte",
            "inscription",
            "aide",
            "static",
            "assets",
            "www");

    private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;
    private volatile @Nullable Set<String> reserved;

    ReservedSlugs(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    public boolean contains(String slug) {
        return all().contains(slug);
    }

    /** Every reserved word, sorted (read once: the routes do not change while the application runs). */
    public Set<String> all() {
        var words = reserved;
        if (words == null) {
            var patterns = mappings.orderedStream()
                    .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                    .flatMap(info -> info.getPatternValues().stream())
                    .toList();
            var result = new TreeSet<>(amongRoutes(patterns));
            result.addAll(TenantResolutionFilter.RESERVED);
            result.addAll(WORDS);
            words = Set.copyOf(result);
            reserved = words;
        }
        return words;
    }

    /** The literal segments of these route patterns that stand where a slug stands in another one. */
    static Set<String> amongRoutes(List<String> patterns) {
        List<List<String>> routes = patterns.stream()
                .map(p -> Arrays.asList(p.replaceFirst("^/", "").split("/")))
                .toList();
        Set<List<String>> beforeSlug = new HashSet<>();
        beforeSlug.add(List.of());
        for (var route : routes) {
            IntStream.range(0, route.size())
                    .filter(i -> route.get(i).startsWith("{slug"))
                    .forEach(i -> beforeSlug.add(List.copyOf(route.subList(0, i))));
        }
        Set<String> result = new TreeSet<>();
        for (var route : routes) {
            for (var prefix : beforeSlug) {
                if (route.size() > prefix.size()
                        && route.subList(0, prefix.size()).equals(prefix)) {
                    String segment = route.get(prefix.size());
                    if (!segment.isEmpty() && !segment.contains("{") && !segment.contains("*")) {
                        result.add(segment);
                    }
                }
            }
        }
        return result;
    }
}
