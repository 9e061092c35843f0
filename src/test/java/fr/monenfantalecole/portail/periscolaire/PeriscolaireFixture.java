package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.Adults;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Families, children and activities of the 2025-2026 school year for the periscolaire tests (a bean of
 * the shared test context, like {@code support.Staff}).
 */
@Component
class PeriscolaireFixture {

    static final String YEAR = "2025-2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final Collectivites collectivites;
    private final Adults adults;
    private final Children children;
    private final Activities activities;
    private final Signups signups;
    private final SchoolDirectory schools;
    private final JdbcClient jdbc;

    PeriscolaireFixture(
            Collectivites collectivites,
            Adults adults,
            Children children,
            Activities activities,
            Signups signups,
            SchoolDirectory schools,
            JdbcClient jdbc) {
        this.collectivites = collectivites;
        this.adults = adults;
        this.children = children;
        this.activities = activities;
        this.signups = signups;
        this.schools = schools;
        this.jdbc = jdbc;
    }

    Collectivite collectivite(String slug) {
        return collectivites.findBySlug(slug).orElseThrow();
    }

    String school(Collectivite c, int index) {
        return schools.presented(c).get(index).uai();
    }

    Activity activity(Collectivite c, String uai, ActivityType type, int capacity) {
        long id = activities.create(
                c.id(),
                new Activities.Saisie(
                        uai,
                        YEAR,
                        type,
                        capacity,
                        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                        null,
                        2,
                        LocalTime.of(10, 0),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 7, 3)));
        return activities.find(c.id(), id).orElseThrow();
    }

    long adult(Collectivite c) {
        int n = SEQ.incrementAndGet();
        return adults.create(new Adults.NewAdult(
                        c.id(),
                        "peri" + n + "." + System.nanoTime() + "@famille.test",
                        null,
                        "Périsco",
                        "Parent" + n,
                        "2026-12",
                        null,
                        null))
                .orElseThrow();
    }

    long child(long adultId, String prenoms, String uai) {
        return children.add(
                adultId,
                new Children.ChildData("Périsco", prenoms, LocalDate.of(2018, 5, 2), "F", uai, "CE2", YEAR, false));
    }

    Signups.Signup signUp(Activity a, long adultId, long childId) {
        signups.signUp(a.id(), childId, adultId, a.jours());
        return signups.find(childId, a.id()).orElseThrow();
    }

    void clean() {
        jdbc.sql("delete from peri_activite where annee_scolaire = :y")
                .param("y", YEAR)
                .update();
        jdbc.sql("delete from peri_fermeture where jour < '2026-08-01'").update();
    }
}
