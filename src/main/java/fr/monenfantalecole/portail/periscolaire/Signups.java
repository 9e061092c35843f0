package fr.monenfantalecole.portail.periscolaire;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A child's sign-up to an activity for its school year, with the weekly pattern the parent chose. The
 * caller has already read the child through the adult ({@code family.Children}), so another household's
 * child never reaches here.
 */
@Repository
public class Signups {

    public record Signup(long id, long activiteId, long enfantId, List<DayOfWeek> jours) {}

    private final JdbcClient jdbc;

    Signups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Signup> find(long childId, long activityId) {
        return jdbc.sql("select id, activite_id, enfant_id, jours from peri_inscription"
                        + " where enfant_id = :e and activite_id = :a")
                .param("e", childId)
                .param("a", activityId)
                .query((rs, n) -> new Signup(
                        rs.getLong("id"),
                        rs.getLong("activite_id"),
                        rs.getLong("enfant_id"),
                        Activity.days(rs.getString("jours"))))
                .optional();
    }

    /** Signs the child up, or changes the weekly pattern of an existing sign-up; returns its id. */
    public long signUp(long activityId, long childId, long adultId, List<DayOfWeek> jours) {
        return jdbc.sql("""
                insert into peri_inscription (activite_id, enfant_id, adulte_id, jours) values (:a, :e, :adult, :jours)
                on conflict (activite_id, enfant_id) do update set jours = excluded.jours returning id""")
                .param("a", activityId)
                .param("e", childId)
                .param("adult", adultId)
                .param("jours", Activity.code(jours))
                .query(Long.class)
                .single();
    }

    /**
     * The child's rank for a grid's sibling discount, counted from the eldest: 1 + the household's
     * children older than them (before them in {@code household}, given eldest first as
     * {@code family.Children} lists them) signed up that school year to an activity priced by the same
     * grid. A younger sibling signing up first does not make the eldest a second child.
     */
    public int rank(long childId, List<Long> household, long prestationId, String annee) {
        if (household.isEmpty()) {
            return 1;
        }
        var signedUp = new java.util.HashSet<>(jdbc.sql("""
                        select distinct i.enfant_id from peri_inscription i join peri_activite a on a.id = i.activite_id
                         where i.enfant_id in (:household) and a.prestation_id = :p and a.annee_scolaire = :annee""")
                .param("household", household)
                .param("p", prestationId)
                .param("annee", annee)
                .query((rs, n) -> rs.getLong(1))
                .list());
        int rank = 1;
        for (long sibling : household) {
            if (sibling == childId) {
                break;
            }
            rank += signedUp.contains(sibling) ? 1 : 0;
        }
        return rank;
    }
}
