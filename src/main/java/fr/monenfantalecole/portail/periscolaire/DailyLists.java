package fr.monenfantalecole.portail.periscolaire;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the agents and directors read for a day: the children expected per school and activity, and the
 * kitchen's count of meals per school. Always for one collectivité, and for one school when a director
 * asks.
 */
@Repository
public class DailyLists {

    /** A child expected at an activity that day. {@code pai}: a PAI exists (what it says is not here). */
    public record Expected(
            String uai,
            String type,
            long enfantId,
            String nom,
            String prenoms,
            @Nullable String niveau,
            boolean pai) {

        public ActivityType activite() {
            return ActivityType.valueOf(type);
        }
    }

    /** The meals of one school that day: each child once, whatever activities include lunch. */
    public record Meals(String uai, long repas) {}

    private final JdbcClient jdbc;

    DailyLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Expected> expected(long collectiviteId, @Nullable String uai, LocalDate day) {
        return jdbc.sql("""
                select a.uai, a.type, e.id as enfant_id, e.nom, e.prenoms, e.niveau, e.pai
                  from peri_reservation r
                  join peri_activite a on a.id = r.activite_id
                  join peri_inscription i on i.id = r.inscription_id
                  join famille_enfant e on e.id = i.enfant_id
                 where a.collectivite_id = :c and r.jour = :d and (cast(:uai as text) is null or a.uai = :uai)
                 order by a.uai, a.type, e.nom, e.prenoms""")
                .param("c", collectiviteId)
                .param("d", day)
                .param("uai", uai)
                .query((rs, n) -> new Expected(
                        rs.getString("uai"),
                        rs.getString("type"),
                        rs.getLong("enfant_id"),
                        rs.getString("nom"),
                        rs.getString("prenoms"),
                        rs.getString("niveau"),
                        rs.getBoolean("pai")))
                .list();
    }

    public List<Meals> meals(long collectiviteId, LocalDate day) {
        return jdbc.sql("""
                select a.uai, count(distinct i.enfant_id) as repas
                  from peri_reservation r
                  join peri_activite a on a.id = r.activite_id
                  join peri_inscription i on i.id = r.inscription_id
                 where a.collectivite_id = :c and r.jour = :d and a.type in (:types)
                 group by a.uai order by a.uai""")
                .param("c", collectiviteId)
                .param("d", day)
                .param(
                        "types",
                        java.util.Arrays.stream(ActivityType.values())
                                .filter(ActivityType::repas)
                                .map(Enum::name)
                                .toList())
                .query((rs, n) -> new Meals(rs.getString("uai"), rs.getLong("repas")))
                .list();
    }
}
