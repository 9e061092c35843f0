package fr.monenfantalecole.portail.localdata;

import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.ClusterEvent;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each collectivité's values for the dictionary. Always read and written with the collectivité. */
@Repository
public class LocalValues {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ClusterEvents cluster;

    LocalValues(JdbcClient jdbc, AuditLog audit, ClusterEvents cluster) {
        this.cluster = cluster;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Published after values of a collectivité changed, on every node: caches of its pages must go. */
    public record Changed(long collectiviteId) implements ClusterEvent {
        @Override
        public Long collectiviteScope() {
            return collectiviteId;
        }
    }

    public Map<String, String> of(long collectiviteId) {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("select field_key, value from local_value where collectivite_id = :id")
                .param("id", collectiviteId)
                .query(rs -> {
                    values.put(rs.getString("field_key"), rs.getString("value"));
                });
        return values;
    }

    /**
     * Replaces the values whose keys are given: a null or blank value removes it. Records who changed
     * what in the audit log.
     */
    @Transactional
    public List<String> save(long collectiviteId, Map<String, @Nullable String> changes, @Nullable Long userId) {
        var before = of(collectiviteId);
        var changed = new java.util.ArrayList<String>();
        for (var entry : changes.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue() == null || entry.getValue().isBlank() ? null : entry.getValue();
            if (java.util.Objects.equals(before.get(key), value)) {
                continue;
            }
            if (value == null) {
                jdbc.sql("delete from local_value where collectivite_id = :id and field_key = :key")
                        .param("id", collectiviteId)
                        .param("key", key)
                        .update();
            } else {
                jdbc.sql("""
                        insert into local_value (collectivite_id, field_key, value, updated_by)
                        values (:id, :key, :value, :user)
                        on conflict (collectivite_id, field_key) do update set value = excluded.value,
                            updated_by = excluded.updated_by, updated_at = now()""")
                        .param("id", collectiviteId)
                        .param("key", key)
                        .param("value", value)
                        .param("user", userId)
                        .update();
            }
            audit.record(
                    collectiviteId,
                    userId,
                    value == null ? "DONNEE_LOCALE_EFFACEE" : "DONNEE_LOCALE_MODIFIEE",
                    "donnee_locale",
                    key,
                    value == null ? null : abbreviate(value));
            changed.add(key);
        }
        if (!changed.isEmpty()) {
            cluster.publish(new Changed(collectiviteId));
        }
        return changed;
    }

    private static String abbreviate(String value) {
        return value.length() <= 200 ? value : value.substring(0, 197) + "…";
    }
}
