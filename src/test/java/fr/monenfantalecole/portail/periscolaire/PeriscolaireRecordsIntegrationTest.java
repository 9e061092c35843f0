package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.AccountDeletion;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The periscolaire part of the family's personal data (issue 15): the export through {@code
 * family.HouseholdRecords} lists a parent's sign-ups and booked days with their price, and no other
 * household's; deleting the account takes the sign-ups, booked days and declared quotient along (the
 * foreign keys' cascade from the children and the adult).
 */
@PortailTest
class PeriscolaireRecordsIntegrationTest {

    @Autowired
    ClosedDays closedDays;

    @Autowired
    Pricing pricing;

    @Autowired
    Quotients quotients;

    @Autowired
    PeriscolaireRecords records;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeriscolaireFixture fixture;

    @OwnCommune
    World w;

    @Test
    void theExportListsTheBookedDaysAndTheDeletionTakesThemAlong() {
        var commune = w.collectivite();
        var cantine = fixture.activity(w, w.school("École des Essais").uai(), ActivityType.CANTINE, 30);
        long parent = fixture.household(w);
        quotients.declare(parent, 74_200, Quotients.Origine.CAF);
        var signup = fixture.signUp(cantine, parent, fixture.child(parent, "Rosalie", cantine.uai()));
        var clock = Clock.fixed(
                LocalDateTime.of(2026, 3, 9, 8, 0).atZone(PortailClock.ZONE).toInstant(), PortailClock.ZONE);
        new Bookings(jdbc, closedDays, pricing, clock)
                .change(
                        commune,
                        cantine,
                        signup,
                        parent,
                        Set.of(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20)),
                        Set.of());
        long other = fixture.household(w);
        fixture.signUp(cantine, other, fixture.child(other, "Octave", cantine.uai()));

        var mine = records.export(parent);
        assertThat(String.join("\n", mine.lignes()))
                .contains("Quotient familial : 742,00")
                .contains("Rosalie Périsco")
                .contains("19/03/2026")
                .contains("20/03/2026")
                .doesNotContain("Octave");
        assertThat(mine.donnees()).hasSize(2);
        assertThat(String.join("\n", records.export(other).lignes()))
                .contains("Octave Périsco")
                .contains("aucun jour réservé")
                .doesNotContain("Rosalie");

        deletion.delete(parent, "test");
        assertThat(count("select count(*) from peri_reservation where inscription_id = :id", signup.id()))
                .isZero();
        assertThat(count("select count(*) from peri_inscription where id = :id", signup.id()))
                .isZero();
        assertThat(count("select count(*) from peri_quotient where adulte_id = :id", parent))
                .isZero();
        assertThat(records.export(other).lignes()).anyMatch(l -> l.contains("Octave"));
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
