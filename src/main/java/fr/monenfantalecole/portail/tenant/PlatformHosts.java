package fr.monenfantalecole.portail.tenant;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The host names of the platform itself: the public URL's, those configured in
 * portail.hotes-plateforme (an older domain, a www variant) and the loopback names. They and their
 * subdomains never belong to a collectivité, whatever the database says; the subdomains of
 * localhost are the exception, as the demo gives each collectivité one (fougeres.localhost).
 */
@Component
class PlatformHosts {

    private static final String LOOPBACK = "localhost";

    private final Set<String> hosts;
    private final URI publicUrl;

    PlatformHosts(
            @Value("${portail.url-publique:http://localhost:8080}") String publicUrl,
            @Value("${portail.hotes-plateforme:}") List<String> configured) {
        this.publicUrl = URI.create(publicUrl);
        var all = new LinkedHashSet<String>();
        if (this.publicUrl.getHost() != null) {
            all.add(normalise(this.publicUrl.getHost()));
        }
        configured.stream()
                .map(PlatformHosts::normalise)
                .filter(h -> !h.isEmpty())
                .forEach(all::add);
        all.addAll(List.of(LOOPBACK, "127.0.0.1", "[::1]", "::1"));
        this.hosts = Set.copyOf(all);
    }

    /** Whether this is one of the platform's own names, where the platform answers. */
    public boolean isPlatform(String host) {
        return hosts.contains(normalise(host));
    }

    /** Whether a collectivité may not take this name: one of the platform's, or a subdomain of one. */
    public boolean isReserved(String host) {
        String name = normalise(host);
        if (hosts.contains(name)) {
            return true;
        }
        return hosts.stream().filter(h -> !h.equals(LOOPBACK)).anyMatch(h -> name.endsWith("." + h));
    }

    /** The platform's public address, for links and redirects that cannot trust the request's Host. */
    public URI publicUrl() {
        return publicUrl;
    }

    private static String normalise(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
