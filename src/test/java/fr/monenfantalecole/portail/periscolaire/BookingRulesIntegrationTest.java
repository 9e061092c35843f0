package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The booking rules against the database: the délai de prévenance to the second with a fixed clock,
 * the closed days (school holidays of the académie, public holidays, the collectivité's closures), all
 * or nothing, and the last place taken by one family only when several book it at once. Each test has
 * its commune (of the académie de Rennes, zone B), school, activity and households ({@link PeriscolaireFixture}).
 */
@PortailTest
class BookingRulesIntegrationTest {

    @Autowired
    ClosedDays closedDays;

    @Autowired
    Pricing pricing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    PeriscolaireFixture fixture;

    @OwnCommune
    World w;

    @Test
    void aBookingAt095959PassesAndAt100000IsRefusedWithTheDeadline() {
        var commune = w.collectivite();
        var cantine = fixture.activity(w, w.school("École des Tilleuls").uai(), ActivityType.CANTINE, 30);
        long parent = fixture.household(w);
        var signup = fixture.signUp(cantine, parent, fixture.child(parent, "Lou", cantine.uai()));
        LocalDate thursday = LocalDate.of(2026, 3, 19);

        bookings(at(2026, 3, 17, 9, 59, 59)).change(commune, cantine, signup, parent, Set.of(thursday), Set.of());
        assertThat(booked(signup)).containsExactly(thursday);

        LocalDate friday = LocalDate.of(2026, 3, 20);
        var late = bookings(at(2026, 3, 18, 10, 0, 0));
        assertThatThrownBy(() -> late.change(commune, cantine, signup, parent, Set.of(friday), Set.of()))
                .isInstanceOf(BookingRefused.class)
                .hasMessage("Le vendredi 20 mars 2026 ne peut plus être réservé : les changements pour ce jour"
                        + " étaient possibles jusqu'au mercredi 18 mars 2026 à 10 h.");
        assertThatThrownBy(() -> late.change(commune, cantine, signup, parent, Set.of(), Set.of(thursday)))
                .hasMessageContaining("ne peut plus être annulé");
        assertThat(booked(signup)).containsExactly(thursday);
    }

    @Test
    void closedDaysCannotBeBookedAndNothingIsHalfSaved() {
        var commune = w.collectivite();
        var garderie = fixture.activity(w, w.school("École des Tilleuls").uai(), ActivityType.ACCUEIL_SOIR, 30);
        long parent = fixture.household(w);
        var signup = fixture.signUp(garderie, parent, fixture.child(parent, "Mael", garderie.uai()));
        var b = bookings(at(2026, 1, 5, 8, 0, 0));
        LocalDate open = LocalDate.of(2026, 2, 12);

        // Vacances d'hiver of the académie de Rennes: 14 February to 2 March 2026.
        assertThatThrownBy(() ->
                        b.change(commune, garderie, signup, parent, Set.of(open, LocalDate.of(2026, 2, 16)), Set.of()))
                .hasMessage(
                        "Le lundi 16 février 2026 ne peut pas être réservé : l'école est fermée (vacances d'hiver).");
        assertThat(booked(signup)).isEmpty();
        // Easter Monday 2026.
        assertThatThrownBy(
                        () -> b.change(commune, garderie, signup, parent, Set.of(LocalDate.of(2026, 4, 6)), Set.of()))
                .hasMessageContaining("jour férié (lundi de Pâques)");
        // A day the collectivité closes.
        fixture.closed(w, LocalDate.of(2026, 3, 13), "journée pédagogique");
        assertThatThrownBy(
                        () -> b.change(commune, garderie, signup, parent, Set.of(LocalDate.of(2026, 3, 13)), Set.of()))
                .hasMessage(
                        "Le vendredi 13 mars 2026 ne peut pas être réservé : l'école est fermée (journée pédagogique).");
        // The calendar reads "École fermée : journée pédagogique", the reason once.
        assertThat(closedDays.between(commune, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 14)))
                .containsExactly(java.util.Map.entry(LocalDate.of(2026, 3, 13), "journée pédagogique"));
        // A Wednesday, when the garderie does not run.
        assertThatThrownBy(
                        () -> b.change(commune, garderie, signup, parent, Set.of(LocalDate.of(2026, 3, 11)), Set.of()))
                .hasMessage("Accueil du soir n'a pas lieu le mercredi 11 mars 2026.");

        b.change(commune, garderie, signup, parent, Set.of(open), Set.of());
        assertThat(booked(signup)).containsExactly(open);
    }

    @Test
    void theLastPlaceGoesToOneFamilyWhenSeveralBookAtOnce() throws Exception {
        var commune = w.collectivite();
        var mercredi = fixture.activity(w, w.school("École des Tilleuls").uai(), ActivityType.CANTINE, 3);
        var b = bookings(at(2026, 1, 5, 8, 0, 0));
        int families = 8;
        List<Signups.Signup> signupsOfFamilies = new ArrayList<>();
        List<Long> parents = new ArrayList<>();
        for (int i = 0; i < families; i++) {
            long parent = fixture.household(w);
            parents.add(parent);
            signupsOfFamilies.add(
                    fixture.signUp(mercredi, parent, fixture.child(parent, "Enfant" + i, mercredi.uai())));
        }
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9))) {
            var start = new CountDownLatch(1);
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < families; i++) {
                var signup = signupsOfFamilies.get(i);
                long parent = parents.get(i);
                tasks.add(() -> {
                    start.await();
                    try {
                        transaction.executeWithoutResult(
                                s -> b.change(commune, mercredi, signup, parent, Set.of(day), Set.of()));
                        return true;
                    } catch (BookingRefused full) {
                        assertThat(full.getMessage()).contains("est complet le").contains("(3 places)");
                        return false;
                    }
                });
            }
            try (var pool = Executors.newFixedThreadPool(families)) {
                List<Future<Boolean>> results = tasks.stream().map(pool::submit).toList();
                start.countDown();
                long served = 0;
                for (var r : results) {
                    served += r.get() ? 1 : 0;
                }
                assertThat(served).isEqualTo(3);
            }
            assertThat(jdbc.sql("select count(*) from peri_reservation where activite_id = :a and jour = :d")
                            .param("a", mercredi.id())
                            .param("d", day)
                            .query(Long.class)
                            .single())
                    .isEqualTo(3);
        }
    }

    private Bookings bookings(Clock clock) {
        return new Bookings(jdbc, closedDays, pricing, clock);
    }

    private List<LocalDate> booked(Signups.Signup signup) {
        return List.copyOf(bookings(Clock.systemUTC())
                .of(signup.id(), LocalDate.of(2025, 8, 1), LocalDate.of(2026, 8, 1))
                .keySet());
    }

    private static Clock at(int y, int m, int d, int h, int min, int s) {
        return Clock.fixed(
                LocalDateTime.of(y, m, d, h, min, s).atZone(PortailClock.ZONE).toInstant(), PortailClock.ZONE);
    }
}
