package fr.monenfantalecole.portail.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each collectivité's embedding settings. They are read on every public request (tenant filter,
 * CORS), so they are kept in memory; a change is announced to every node through PostgreSQL.
 */
@Repository
public class Integrations {

    /** Published after a collectivité's embedding settings were saved, on every node. */
    public record Changed(long collectiviteId) implements ClusterEvent {
        @Override
        public Long collectiviteScope() {
            return collectiviteId;
        }
    }

    private final JdbcClient jdbc;
    private final ClusterEvents cluster;
    private final Cache<Long, Integration> cache =
            Caffeine.newBuilder().maximumSize(10_000).build();

    Integrations(JdbcClient jdbc, ClusterEvents cluster) {
        this.jdbc = jdbc;
        this.cluster = cluster;
    }

    public Integration of(long collectiviteId) {
        return cache.get(collectiviteId, this::load);
    }

    @EventListener
    void onChanged(Changed event) {
        cache.invalidate(event.collectiviteId());
    }

    private Integration load(long collectiviteId) {
        return jdbc.sql(
                        "select origines, url_base, zones, credit from collectivite_integration where collectivite_id = :c")
                .param("c", collectiviteId)
                .query((rs, n) -> new Integration(
                        strings(rs.getArray("origines")),
                        rs.getString("url_base"),
                        zones(strings(rs.getArray("zones"))),
                        rs.getString("credit")))
                .optional()
                .orElse(Integration.AUCUNE);
    }

    public void save(long collectiviteId, Integration integration) {
        jdbc.sql("""
                insert into collectivite_integration (collectivite_id, origines, url_base, zones, credit, updated_at)
                values (:c, :origines, :urlBase, :zones, :credit, now())
                on conflict (collectivite_id) do update set origines = excluded.origines, url_base = excluded.url_base,
                    zones = excluded.zones, credit = excluded.credit, updated_at = now()""")
                .param("c", collectiviteId)
                .param("origines", integration.origines().toArray(String[]::new))
                .param("urlBase", integration.urlBase())
                .param("zones", integration.zones().stream().map(Zone::code).toArray(String[]::new))
                .param("credit", integration.credit())
                .update();
        cache.invalidate(collectiviteId);
        cluster.publish(new Changed(collectiviteId));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static java.util.Set<Zone> zones(List<String> codes) {
        var set = EnumSet.noneOf(Zone.class);
        codes.forEach(code -> Zone.fromCode(code).ifPresent(set::add));
        return set;
    }
}
