package fr.monenfantalecole.portail.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who did what and when, for the people responsible: editorial actions, local-data changes. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    // The accounts are the account module's: it names their users (a context without it, a module slice, only
    // fails if it reads an event that a person did).
    private final ObjectProvider<StaffNames> staffNames;

    AuditLog(JdbcClient jdbc, ObjectProvider<StaffNames> staffNames) {
        this.jdbc = jdbc;
        this.staffNames = staffNames;
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
        return named(jdbc.sql("""
                        select e.at, e.user_id, e.action, e.object_type, e.object_id, e.detail from audit_event e
                         where e.collectivite_id is not distinct from :collectivite
                         order by e.at desc, e.id desc limit :limit""")
                .param("collectivite", collectiviteId)
                .param("limit", limit)
                .query(AuditLog::row)
                .list());
    }

    /** Everything recorded about one object, newest first. */
    public List<Event> forObject(String objectType, String objectId) {
        return named(jdbc.sql("""
                        select e.at, e.user_id, e.action, e.object_type, e.object_id, e.detail from audit_event e
                         where e.object_type = :type and e.object_id = :object
                         order by e.at desc, e.id desc""")
                .param("type", objectType)
                .param("object", objectId)
                .query(AuditLog::row)
                .list());
    }

    /** An event as stored: who did it is an id, named afterwards for the whole list. */
    private record Row(
            Instant at,
            @Nullable Long userId,
            String action,
            String type,
            String id,
            @Nullable String detail) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getTimestamp("at").toInstant(),
                rs.getObject("user_id", Long.class),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("detail"));
    }

    /** The rows with their authors' names, asked in one call; no author (or one removed since) is "système". */
    private List<Event> named(List<Row> rows) {
        return StaffNames.named(
                staffNames,
                rows,
                Row::userId,
                (r, names) ->
                        new Event(r.at(), StaffNames.who(names, r.userId()), r.action(), r.type(), r.id(), r.detail()));
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
