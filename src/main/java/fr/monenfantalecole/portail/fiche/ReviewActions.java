package fr.monenfantalecole.portail.fiche;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded review actions of national versions, and how many steps one person cleared. */
@Repository
class ReviewActions {

    private final JdbcClient jdbc;

    ReviewActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("""
                select a.at, a.action, a.step, a.commentaire, coalesce(u.nom, 'système') as who
                  from review_action a left join staff_user u on u.id = a.user_id
                 where a.version_id = :id order by a.at, a.id""")
                .param("id", versionId)
                .query((rs, n) -> new Editorial.Action(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("action"),
                        rs.getObject("step", Integer.class),
                        rs.getString("commentaire"),
                        rs.getString("who")))
                .list();
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
