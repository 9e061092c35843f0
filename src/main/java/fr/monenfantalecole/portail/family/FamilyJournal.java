package fr.monenfantalecole.portail.family;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happened to a family account, for the family and for the agents of its collectivité: logins,
 * failures, resets, exports, invitations, corrections by an agent. The detail never holds a password,
 * a token or anything the family typed about a child beyond the school and class.
 */
@Component
public class FamilyJournal {

    public record Entry(Instant le, String action, String detail, String par) {}

    private final JdbcClient jdbc;

    FamilyJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(
            long collectiviteId,
            @Nullable Long adultId,
            @Nullable Long childId,
            String action,
            String detail,
            String by) {
        jdbc.sql("""
                insert into famille_journal (collectivite_id, adulte_id, enfant_id, action, detail, par)
                values (:collectivite, :adult, :child, :action, :detail, :by)""")
                .param("collectivite", collectiviteId)
                .param("adult", adultId)
                .param("child", childId)
                .param("action", action)
                .param("detail", detail)
                .param("by", by)
                .update();
    }

    public List<Entry> of(long adultId, int limit) {
        return jdbc.sql(
                        "select le, action, detail, par from famille_journal where adulte_id = :adult order by le desc, id desc limit :limit")
                .param("adult", adultId)
                .param("limit", limit)
                .query(new SimplePropertyRowMapper<>(Entry.class))
                .list();
    }
}
