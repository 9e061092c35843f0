package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the JSON controllers of this module share: the collectivité of the path and absolute links.
 * Their errors are {@link ApiErrorAdvice}'s.
 */
abstract class ApiSupport {

    protected final Collectivites collectivites;

    ApiSupport(Collectivites collectivites) {
        this.collectivites = collectivites;
    }

    protected Collectivite collectivite(String slug) {
        return collectivites
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Collectivité inconnue : " + slug));
    }

    /** The portal's pages in path form ("/fougeres"), whatever host the API is called on. */
    protected static String basePath(Collectivite c) {
        return "/" + c.slug();
    }

    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
    }
}
