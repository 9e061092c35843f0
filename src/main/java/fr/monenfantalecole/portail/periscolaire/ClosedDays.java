package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.agenda.Agenda;
import fr.monenfantalecole.portail.agenda.HolidayPeriod;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days the schools of a collectivité are closed, with the reason a parent reads: the school
 * holidays of its académie (from the agenda), the French public holidays, and the days the
 * collectivité itself closes (a "pont", a strike of the canteen staff).
 */
@Service
public class ClosedDays {

    /** A day the collectivité closes. */
    public record Closure(long id, LocalDate jour, String motif) {}

    private final Agenda agenda;
    private final JdbcClient jdbc;

    ClosedDays(Agenda agenda, JdbcClient jdbc) {
        this.agenda = agenda;
        this.jdbc = jdbc;
    }

    /** Each closed day from {@code from} to {@code to} (excluded), with its reason. */
    public Map<LocalDate, String> between(Collectivite collectivite, LocalDate from, LocalDate to) {
        var closed = new TreeMap<LocalDate, String>();
        List<HolidayPeriod> holidays = agenda.holidays(collectivite, from, to);
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            LocalDate day = d;
            PublicHolidays.of(day).ifPresent(name -> closed.put(day, "jour férié (" + name + ")"));
            holidays.stream()
                    .filter(h -> !h.marker() && h.covers(day))
                    .findFirst()
                    .ifPresent(h -> closed.putIfAbsent(day, h.titre().toLowerCase(java.util.Locale.FRANCE)));
        }
        closures(collectivite.id(), from, to).forEach(c -> closed.putIfAbsent(c.jour(), c.motif()));
        return closed;
    }

    public List<Closure> closures(long collectiviteId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, jour, motif from peri_fermeture
                 where collectivite_id = :c and jour >= :from and jour < :to order by jour""")
                .param("c", collectiviteId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) ->
                        new Closure(rs.getLong("id"), rs.getDate("jour").toLocalDate(), rs.getString("motif")))
                .list();
    }

    /** Closes a day (or renames its reason); the bookings of that day are cancelled with it. */
    @Transactional
    public void close(long collectiviteId, LocalDate day, String motif) {
        jdbc.sql("""
                insert into peri_fermeture (collectivite_id, jour, motif) values (:c, :jour, :motif)
                on conflict (collectivite_id, jour) do update set motif = excluded.motif""")
                .param("c", collectiviteId)
                .param("jour", day)
                .param("motif", motif)
                .update();
        jdbc.sql("""
                delete from peri_reservation r using peri_activite a
                 where a.id = r.activite_id and a.collectivite_id = :c and r.jour = :jour""").param("c", collectiviteId).param("jour", day).update();
    }

    public void reopen(long collectiviteId, long closureId) {
        int deleted = jdbc.sql("delete from peri_fermeture where collectivite_id = :c and id = :id")
                .param("c", collectiviteId)
                .param("id", closureId)
                .update();
        if (deleted == 0) {
            throw new NotFoundException("Fermeture introuvable");
        }
    }
}
