package fr.monenfantalecole.portail.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The URL of a stylesheet or a script as templates write it: {@code ${Assets.url("/css/portail.css")}}
 * gives {@code /css/portail-<md5 of the content>.css}, kept a year by browsers (see
 * {@link StaticAssetCaching}). A static call because templates are compiled classes without a Spring
 * context of their own; the answer is computed once per file (the files are in the jar and do not
 * change while the node runs). Before the context is up, or for a path Spring does not serve, the
 * path itself: it works, revalidated.
 */
@Component
public final class Assets {

    private static final Map<String, String> URLS = new ConcurrentHashMap<>();
    private static volatile @Nullable ResourceUrlProvider provider;

    private final ResourceUrlProvider resourceUrlProvider;

    Assets(ResourceUrlProvider resourceUrlProvider) {
        this.resourceUrlProvider = resourceUrlProvider;
    }

    /** Once the handler mappings are known (the provider reads them at refresh). */
    @EventListener(ContextRefreshedEvent.class)
    void onRefresh() {
        URLS.clear();
        provider = resourceUrlProvider;
    }

    public static String url(String path) {
        var current = provider;
        if (current == null) {
            return path;
        }
        String known = URLS.get(path);
        if (known != null) {
            return known;
        }
        // Null while the provider has not read the handler mappings yet: not remembered then.
        String versioned = current.getForLookupPath(path);
        if (versioned == null) {
            return path;
        }
        URLS.put(path, versioned);
        return versioned;
    }
}
