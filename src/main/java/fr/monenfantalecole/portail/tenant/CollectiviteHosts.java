package fr.monenfantalecole.portail.tenant;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The host names collectivités declare for their portal ({@code collectivite_host}), and the
 * platform's validation of each. The names that serve a portal are looked up through
 * {@link Collectivites#hosts} and {@link Collectivites#findByHost}, kept in memory there.
 */
@Repository
public class CollectiviteHosts {

    private final JdbcClient jdbc;
    private final Collectivites collectivites;

    CollectiviteHosts(JdbcClient jdbc, Collectivites collectivites) {
        this.jdbc = jdbc;
        this.collectivites = collectivites;
    }

    /** A host name declared for a collectivité, and whether the platform validated it. */
    public record DeclaredHost(String host, boolean valide) {}

    /** Every host name declared for this collectivité, served or awaiting the platform's validation. */
    public List<DeclaredHost> declared(long collectiviteId) {
        return jdbc.sql(
                        "select host, valide_le is not null as valide from collectivite_host where collectivite_id = :id order by host")
                .param("id", collectiviteId)
                .query((rs, n) -> new DeclaredHost(rs.getString("host"), rs.getBoolean("valide")))
                .list();
    }

    /** The platform validates a declared host name: it serves the portal from now on. */
    public boolean approve(long collectiviteId, String host) {
        boolean approved = jdbc.sql(
                                "update collectivite_host set valide_le = now() where collectivite_id = :id and host = :host and valide_le is null")
                        .param("id", collectiviteId)
                        .param("host", host)
                        .update()
                == 1;
        collectivites.changed();
        return approved;
    }

    /** The collectivité that already serves or claims this host name, if any. */
    public Optional<Long> owner(String host) {
        return jdbc.sql("select collectivite_id from collectivite_host where host = :host")
                .param("host", host)
                .query(Long.class)
                .optional();
    }
}
