package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.agenda.FrenchDates;
import fr.monenfantalecole.portail.shared.French;
import fr.monenfantalecole.portail.shared.NotFoundException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing or deleting an activity without losing a family's sign-up or booked day. Each runs under
 * the lock of the activity's row that bookings take ({@link Bookings}), so no day is booked between
 * the check and the write. An activity children are signed up to is never deleted (the sign-ups and
 * their days would go with it): the agent changes it instead, within what its bookings allow.
 */
@Service
public class ActivityChanges {

    /** How much families use an activity: children signed up, days booked, the fullest day. */
    public record Usage(long inscrits, long reservations, long jourLePlusPlein) {}

    private final JdbcClient jdbc;
    private final Activities activities;

    ActivityChanges(JdbcClient jdbc, Activities activities) {
        this.jdbc = jdbc;
        this.activities = activities;
    }

    public Usage usage(long activityId) {
        return jdbc.sql("""
                select (select count(*) from peri_inscription where activite_id = :a),
                       (select count(*) from peri_reservation where activite_id = :a),
                       (select coalesce(max(n), 0) from (select count(*) n from peri_reservation
                                                          where activite_id = :a group by jour) d)""")
                .param("a", activityId)
                .query((rs, n) -> new Usage(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** Saves the change, or gives the reasons by field why the bookings forbid it (nothing saved). */
    @Transactional
    public Map<String, String> update(long collectiviteId, long id, Activities.Saisie s) {
        var current = lock(collectiviteId, id);
        var usage = usage(id);
        Map<String, String> refused = new LinkedHashMap<>();
        boolean moved = !current.uai().equals(s.uai())
                || !current.anneeScolaire().equals(s.anneeScolaire())
                || current.type() != s.type();
        if (moved && usage.inscrits() > 0) {
            refused.put(
                    "type",
                    French.count(usage.inscrits(), "enfant est inscrit", "enfants sont inscrits")
                            + " à cette activité : son école, son année et son type"
                            + " ne peuvent plus changer. Créez une nouvelle activité pour l'autre école ou l'autre année.");
        }
        if (s.capacite() < usage.jourLePlusPlein()) {
            refused.put(
                    "capacite",
                    "Le jour le plus réservé compte "
                            + French.count(usage.jourLePlusPlein(), "enfant", "enfants") + " : indiquez au moins "
                            + French.count(usage.jourLePlusPlein(), "place", "places") + ".");
        }
        var outside = jdbc.sql("""
                select count(*), min(jour) from peri_reservation where activite_id = :a
                   and (jour < :debut or jour > :fin or not (cast(extract(isodow from jour) as int) = any(:jours)))""")
                .param("a", id)
                .param("debut", s.debut())
                .param("fin", s.fin())
                .param("jours", s.jours().stream().map(DayOfWeek::getValue).toArray(Integer[]::new))
                .query((rs, n) -> rs.getLong(1) == 0
                        ? ""
                        : French.count(rs.getLong(1), "jour réservé", "jours réservés") + " par les familles"
                                + French.agree(rs.getLong(1), ", le ", ", dont le ")
                                + FrenchDates.day(rs.getObject(2, LocalDate.class))
                                + French.agree(rs.getLong(1), ", tomberait", ", tomberaient")
                                + " en dehors des jours de l'activité. Fermez ces jours (les réservations"
                                + " sont alors annulées) ou gardez-les dans l'activité.")
                .single();
        if (!outside.isEmpty()) {
            refused.put("jours", outside);
        }
        if (refused.isEmpty()) {
            activities.update(collectiviteId, id, s);
        }
        return refused;
    }

    /** Deletes an activity no child is signed up to; otherwise says why not and deletes nothing. */
    @Transactional
    public String delete(long collectiviteId, long id) {
        lock(collectiviteId, id);
        var usage = usage(id);
        if (usage.inscrits() > 0) {
            return "Cette activité ne peut pas être supprimée : "
                    + French.count(usage.inscrits(), "enfant y est inscrit", "enfants y sont inscrits")
                    + (usage.reservations() > 0
                            ? ", avec " + French.count(usage.reservations(), "jour réservé", "jours réservés")
                            : "")
                    + ". Les supprimer ferait perdre leurs réservations aux familles. Modifiez plutôt ses dates ou ses"
                    + " jours, ou fermez les jours où elle n'a pas lieu.";
        }
        jdbc.sql("delete from peri_activite where collectivite_id = :c and id = :id")
                .param("c", collectiviteId)
                .param("id", id)
                .update();
        return "";
    }

    private Activity lock(long collectiviteId, long id) {
        if (jdbc.sql("select id from peri_activite where collectivite_id = :c and id = :id for update")
                .param("c", collectiviteId)
                .param("id", id)
                .query(Long.class)
                .optional()
                .isEmpty()) {
            throw new NotFoundException("Activité introuvable");
        }
        return activities.find(collectiviteId, id).orElseThrow(() -> new NotFoundException("Activité introuvable"));
    }
}
