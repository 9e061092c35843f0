package fr.monenfantalecole.portail.periscolaire;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The periscolaire activities of each collectivité. Every read and write names the collectivité. */
@Repository
public class Activities {

    /** What the collectivité types for an activity: everything but the id. */
    public record Saisie(
            String uai,
            String anneeScolaire,
            ActivityType type,
            int capacite,
            List<DayOfWeek> jours,
            @Nullable Long prestationId,
            int delaiJours,
            LocalTime delaiHeure,
            LocalDate debut,
            LocalDate fin) {}

    private final JdbcClient jdbc;

    Activities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Activity> of(long collectiviteId) {
        return jdbc.sql("select " + Activity.COLUMNS + " from peri_activite a where a.collectivite_id = :c"
                        + " order by a.annee_scolaire desc, a.uai, a.type")
                .param("c", collectiviteId)
                .query(Activity::map)
                .list();
    }

    /** The activities of one school in a school year. */
    public List<Activity> atSchool(long collectiviteId, String uai, String annee) {
        return jdbc.sql("select " + Activity.COLUMNS + " from peri_activite a where a.collectivite_id = :c"
                        + " and a.uai = :uai and a.annee_scolaire = :annee order by a.type")
                .param("c", collectiviteId)
                .param("uai", uai)
                .param("annee", annee)
                .query(Activity::map)
                .list();
    }

    public Optional<Activity> find(long collectiviteId, long id) {
        return jdbc.sql("select " + Activity.COLUMNS
                        + " from peri_activite a where a.collectivite_id = :c and a.id = :id")
                .param("c", collectiviteId)
                .param("id", id)
                .query(Activity::map)
                .optional();
    }

    /** Whether the school already has this kind of activity that year (one of each). */
    public boolean taken(long collectiviteId, Saisie s, @Nullable Long exceptId) {
        return jdbc.sql("""
                select count(*) from peri_activite where collectivite_id = :c and uai = :uai
                   and annee_scolaire = :annee and type = :type and (cast(:id as bigint) is null or id <> :id)""")
                        .param("c", collectiviteId)
                        .param("uai", s.uai())
                        .param("annee", s.anneeScolaire())
                        .param("type", s.type().name())
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long create(long collectiviteId, Saisie s) {
        return jdbc.sql("""
                insert into peri_activite (collectivite_id, uai, annee_scolaire, type, capacite, jours, prestation_id,
                                           delai_jours, delai_heure, debut, fin)
                values (:c, :uai, :annee, :type, :capacite, :jours, :prestation, :delaiJours, :delaiHeure, :debut, :fin)
                returning id""")
                .paramSource(params(s).addValue("c", collectiviteId))
                .query(Long.class)
                .single();
    }

    public boolean update(long collectiviteId, long id, Saisie s) {
        return jdbc.sql("""
                        update peri_activite set uai = :uai, annee_scolaire = :annee, type = :type, capacite = :capacite,
                               jours = :jours, prestation_id = :prestation, delai_jours = :delaiJours,
                               delai_heure = :delaiHeure, debut = :debut, fin = :fin
                         where collectivite_id = :c and id = :id""")
                        .paramSource(params(s).addValue("c", collectiviteId).addValue("id", id))
                        .update()
                == 1;
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Saisie s) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("uai", s.uai())
                .addValue("annee", s.anneeScolaire())
                .addValue("type", s.type().name())
                .addValue("capacite", s.capacite())
                .addValue("jours", Activity.code(s.jours()))
                .addValue("prestation", s.prestationId())
                .addValue("delaiJours", s.delaiJours())
                .addValue("delaiHeure", s.delaiHeure())
                .addValue("debut", s.debut())
                .addValue("fin", s.fin());
    }
}
