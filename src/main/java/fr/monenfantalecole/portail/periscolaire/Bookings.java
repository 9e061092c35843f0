package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.agenda.FrenchDates;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking and cancelling days of a sign-up, all or nothing: every day is checked (the activity runs,
 * the school is open, the délai de prévenance is not past, a place is left) before anything is written,
 * and the first refusal rolls the whole change back. Places are counted under a lock on the activity's
 * row, so two families booking the last place at once are served one after the other.
 */
@Service
public class Bookings {

    /** A booked day with the price frozen when it was booked. */
    public record BookedDay(LocalDate jour, long prixCentimes, String tranche, boolean quotientDeclare) {}

    private final JdbcClient jdbc;
    private final ClosedDays closedDays;
    private final Pricing pricing;
    private final Clock clock;

    Bookings(JdbcClient jdbc, ClosedDays closedDays, Pricing pricing, Clock clock) {
        this.jdbc = jdbc;
        this.closedDays = closedDays;
        this.pricing = pricing;
        this.clock = clock;
    }

    /** The booked days of a sign-up from {@code from} to {@code to} (excluded). */
    public Map<LocalDate, BookedDay> of(long signupId, LocalDate from, LocalDate to) {
        var days = new TreeMap<LocalDate, BookedDay>();
        jdbc.sql("""
                select jour, prix_centimes, tranche, quotient_declare from peri_reservation
                 where inscription_id = :s and jour >= :from and jour < :to order by jour""")
                .param("s", signupId)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new BookedDay(
                        rs.getDate("jour").toLocalDate(),
                        rs.getLong("prix_centimes"),
                        rs.getString("tranche"),
                        rs.getBoolean("quotient_declare")))
                .list()
                .forEach(d -> days.put(d.jour(), d));
        return days;
    }

    /**
     * Books {@code book} and cancels {@code cancel} for the sign-up, as the adult; throws {@link
     * BookingRefused} (nothing written) at the first day the rules refuse, in date order.
     */
    @Transactional
    public void change(
            Collectivite collectivite,
            Activity activity,
            Signups.Signup signup,
            long adultId,
            Set<LocalDate> book,
            Set<LocalDate> cancel) {
        SortedSet<LocalDate> all = new TreeSet<>(book);
        all.addAll(cancel);
        if (all.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var closed = closedDays.between(collectivite, all.first(), all.last().plusDays(1));
        for (LocalDate day : all) {
            if (!activity.prevenance().ouverte(day, now)) {
                throw new BookingRefused("Le " + FrenchDates.day(day) + " ne peut plus être "
                        + (book.contains(day) ? "réservé" : "annulé")
                        + " : les changements pour ce jour étaient possibles "
                        + activity.prevenance().limiteTexte(day) + ".");
            }
            if (book.contains(day) && !activity.runs(day)) {
                throw new BookingRefused(activity.libelle() + " n'a pas lieu le " + FrenchDates.day(day) + ".");
            }
            if (book.contains(day) && closed.containsKey(day)) {
                throw new BookingRefused("Le " + FrenchDates.day(day)
                        + " ne peut pas être réservé : l'école est fermée (" + closed.get(day) + ").");
            }
        }
        jdbc.sql("select id from peri_activite where id = :a for update")
                .param("a", activity.id())
                .query(Long.class)
                .single();
        var price = pricing.of(activity, adultId, signup.enfantId());
        for (LocalDate day : book) {
            long taken = jdbc.sql("select count(*) from peri_reservation where activite_id = :a and jour = :d"
                            + " and inscription_id <> :s")
                    .param("a", activity.id())
                    .param("d", day)
                    .param("s", signup.id())
                    .query(Long.class)
                    .single();
            if (taken >= activity.capacite()) {
                throw new BookingRefused(activity.libelle() + " est complet le " + FrenchDates.day(day) + " ("
                        + activity.capacite() + " places). Choisissez un autre jour ou contactez la mairie.");
            }
            jdbc.sql("""
                    insert into peri_reservation (inscription_id, activite_id, jour, prix_centimes, tranche, quotient_declare)
                    values (:s, :a, :d, :prix, :tranche, :declare) on conflict (inscription_id, jour) do nothing""")
                    .param("s", signup.id())
                    .param("a", activity.id())
                    .param("d", day)
                    .param("prix", price.centimes())
                    .param("tranche", price.tranche())
                    .param("declare", price.quotientDeclare())
                    .update();
        }
        for (LocalDate day : cancel) {
            jdbc.sql("delete from peri_reservation where inscription_id = :s and jour = :d")
                    .param("s", signup.id())
                    .param("d", day)
                    .update();
        }
    }
}
