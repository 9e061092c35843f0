package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.shared.StaffNames;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded review actions of national versions, and how many steps one person cleared. */
@Repository
class ReviewActions {

    private final JdbcClient jdbc;
    private final ObjectProvider<StaffNames> staffNames;

    ReviewActions(JdbcClient jdbc, ObjectProvider<StaffNames> staffNames) {
        this.jdbc = jdbc;
        this.staffNames = staffNames;
    }

    void add(long versionId, @Nullable Integer step, String action, @Nullable String comment, long userId) {
        jdbc.sql(
                        "insert into review_action (version_id, step, action, commentaire, user_id) values (:v, :s, :a, :c, :u)")
                .param("v", versionId)
                .param("s", step)
                .param("a", action)
                .param("c", comment)
                .param("u", userId)
                .update();
    }

    List<Editorial.Action> of(long versionId) {
        record Row(Editorial.Action action, @Nullable Long userId) {}
        var rows = jdbc.sql("""
                        select a.at, a.action, a.step, a.commentaire, a.user_id from review_action a
                         where a.version_id = :id order by a.at, a.id""")
                .param("id", versionId)
                .query((rs, n) -> new Row(
                        new Editorial.Action(
                                rs.getTimestamp("at").toInstant(),
                                rs.getString("action"),
                                rs.getObject("step", Integer.class),
                                rs.getString("commentaire"),
                                StaffNames.NOBODY),
                        rs.getObject("user_id", Long.class)))
                .list();
        // Who acted is the account module's to name, asked once for the whole history.
        return StaffNames.named(staffNames, rows, Row::userId, (row, names) -> {
            var a = row.action();
            return new Editorial.Action(
                    a.at(), a.action(), a.step(), a.commentaire(), StaffNames.who(names, row.userId()));
        });
    }

    /**
     * The steps of the version's current round that this person cleared: the writing (its submission)
     * and each approval since the last submission. A send-back starts a new round.
     */
    int stepsClearedBy(long versionId, long userId) {
        return jdbc.sql("""
                select count(*) from review_action a
                 where a.version_id = :v and a.user_id = :u and a.action in ('SOUMISE', 'APPROUVEE')
                   and a.id >= coalesce(
                       (select max(s.id) from review_action s where s.version_id = :v and s.action = 'SOUMISE'), 0)""")
                .param("v", versionId)
                .param("u", userId)
                .query((rs, n) -> rs.getInt(1))
                .single();
    }
}
