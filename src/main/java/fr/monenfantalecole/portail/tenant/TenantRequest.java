package fr.monenfantalecole.portail.tenant;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The collectivité a request belongs to, resolved before anything else from the host name or the
 * first path segment.
 *
 * @param basePath what public links start with: "/fougeres" when resolved from the path, "" on the
 *     collectivité's own host name
 */
public record TenantRequest(Collectivite collectivite, String basePath) {

    static final String ATTRIBUTE = TenantRequest.class.getName();

    public static Optional<TenantRequest> of(HttpServletRequest request) {
        return Optional.ofNullable((TenantRequest) request.getAttribute(ATTRIBUTE));
    }

    public Site site() {
        return Site.of(this);
    }

    /** A public link inside this collectivité's portal: {@code link("/ecoles")}. */
    public String link(String path) {
        return basePath + path;
    }
}
