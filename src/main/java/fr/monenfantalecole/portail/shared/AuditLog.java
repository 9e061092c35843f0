package fr.monenfantalecole.portail.shared;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who did what and when, for the people responsible: editorial actions, local-data changes. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(
            @Nullable Long collectiviteId,
            @Nullable Long userId,
            String action,
            String objectType,
            String objectId,
            @Nullable String detail) {
        jdbc.sql("""
                insert into audit_event (collectivite_id, user_id, action, object_type, object_id, detail)
                values (:collectivite, :user, :action, :type, :object, :detail)""")
                .param("collectivite", collectiviteId)
                .param("user", userId)
                .param("action", action)
                .param("type", objectType)
                .param("object", objectId)
                .param("detail", detail)
                .update();
    }

    /** The latest events of a collectivité (or the national ones when null). */
    public List<Event> recent(@Nullable Long collectiviteId, int limit) {
        return jdbc.sql("""
                select e.at, coalesce(u.nom, 'système') as who, e.action, e.object_type, e.object_id, e.detail
                  from audit_event e left join staff_user u on u.id = e.user_id
                 where e.collectivite_id is not distinct from :collectivite
                 order by e.at desc, e.id desc limit :limit""")
                .param("collectivite", collectiviteId)
                .param("limit", limit)
                .query((rs, n) -> new Event(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("who"),
                        rs.getString("action"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("detail")))
                .list();
    }

    /** Everything recorded about one object, newest first. */
    public List<Event> forObject(String objectType, String objectId) {
        return jdbc.sql("""
                select e.at, coalesce(u.nom, 'système') as who, e.action, e.object_type, e.object_id, e.detail
                  from audit_event e left join staff_user u on u.id = e.user_id
                 where e.object_type = :type and e.object_id = :object
                 order by e.at desc, e.id desc""")
                .param("type", objectType)
                .param("object", objectId)
                .query((rs, n) -> new Event(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("who"),
                        rs.getString("action"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("detail")))
                .list();
    }

    /** One recorded action. */
    public record Event(
            Instant at,
            String who,
            String action,
            String objectType,
            String objectId,
            @Nullable String detail) {}
}
