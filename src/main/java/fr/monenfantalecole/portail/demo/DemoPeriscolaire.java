package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.family.Adults;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.periscolaire.Activities;
import fr.monenfantalecole.portail.periscolaire.ActivityType;
import fr.monenfantalecole.portail.periscolaire.BookingRefused;
import fr.monenfantalecole.portail.periscolaire.Bookings;
import fr.monenfantalecole.portail.periscolaire.ClosedDays;
import fr.monenfantalecole.portail.periscolaire.MonthCalendar;
import fr.monenfantalecole.portail.periscolaire.Quotients;
import fr.monenfantalecole.portail.periscolaire.Signups;
import fr.monenfantalecole.portail.school.Niveau;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.service.Prestation;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fougères's periscolaire for the demo: cantine, accueil du matin and du soir, and mercredi in each of its
 * public écoles, priced by its demo grids; the demo families (see {@link DemoFamilies}) sign their
 * children up and book the coming month. Loaded once, when Fougères has no activity yet.
 */
@Component
@Order(45)
class DemoPeriscolaire implements ApplicationRunner {

    private static final List<DayOfWeek> SCHOOL_DAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final DemoData demo;
    private final Collectivites collectivites;
    private final SchoolDirectory schools;
    private final Prestations prestations;
    private final Activities activities;
    private final Adults adults;
    private final Children children;
    private final Signups signups;
    private final Quotients quotients;
    private final MonthCalendar calendar;
    private final Bookings bookings;
    private final ClosedDays closedDays;
    private final Clock clock;

    DemoPeriscolaire(
            DemoData demo,
            Collectivites collectivites,
            SchoolDirectory schools,
            Prestations prestations,
            Activities activities,
            Adults adults,
            Children children,
            Signups signups,
            Quotients quotients,
            MonthCalendar calendar,
            Bookings bookings,
            ClosedDays closedDays,
            Clock clock) {
        this.demo = demo;
        this.collectivites = collectivites;
        this.schools = schools;
        this.prestations = prestations;
        this.activities = activities;
        this.adults = adults;
        this.children = children;
        this.signups = signups;
        this.quotients = quotients;
        this.calendar = calendar;
        this.bookings = bookings;
        this.closedDays = closedDays;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        var fougeres = collectivites.findBySlug("fougeres").orElse(null);
        if (fougeres == null || !activities.of(fougeres.id()).isEmpty()) {
            return;
        }
        load(fougeres);
    }

    private void load(Collectivite fougeres) {
        LocalDate today = LocalDate.now(clock);
        String year = AnneeScolaire.of(today);
        int start = Integer.parseInt(year.substring(0, 4));
        Map<String, Long> grids = prestations.of(fougeres.id(), year).stream()
                .collect(Collectors.toMap(Prestation::nom, Prestation::id, (a, b) -> a));
        var ecoles = schools.list(fougeres, new SchoolDirectory.Filter(Niveau.ELEMENTAIRE, true, null, null));
        var maternelles = schools.list(fougeres, new SchoolDirectory.Filter(Niveau.MATERNELLE, true, null, null));
        for (var school : java.util.stream.Stream.concat(ecoles.stream(), maternelles.stream())
                .distinct()
                .toList()) {
            create(
                    fougeres,
                    school.uai(),
                    year,
                    start,
                    ActivityType.CANTINE,
                    120,
                    SCHOOL_DAYS,
                    grids.get("Restauration scolaire"));
            create(
                    fougeres,
                    school.uai(),
                    year,
                    start,
                    ActivityType.ACCUEIL_MATIN,
                    40,
                    SCHOOL_DAYS,
                    grids.get("Accueil du matin"));
            create(
                    fougeres,
                    school.uai(),
                    year,
                    start,
                    ActivityType.ACCUEIL_SOIR,
                    40,
                    SCHOOL_DAYS,
                    grids.get("Accueil du soir"));
            create(
                    fougeres,
                    school.uai(),
                    year,
                    start,
                    ActivityType.MERCREDI,
                    30,
                    List.of(DayOfWeek.WEDNESDAY),
                    grids.get("Mercredi loisirs"));
        }
        // The Friday after Ascension 2027, a "pont" the town closes.
        closedDays.close(fougeres.id(), LocalDate.of(2027, 5, 7), "pont de l'Ascension");
        book(fougeres, "claire.dubois@fougeres.demo", 742_00L, ActivityType.CANTINE, ActivityType.ACCUEIL_SOIR);
        book(fougeres, "sophie.garnier@fougeres.demo", null, ActivityType.CANTINE, ActivityType.MERCREDI);
    }

    private void create(
            Collectivite c,
            String uai,
            String year,
            int start,
            ActivityType type,
            int capacity,
            List<DayOfWeek> days,
            @Nullable Long grid) {
        activities.create(
                c.id(),
                new Activities.Saisie(
                        uai,
                        year,
                        type,
                        capacity,
                        days,
                        grid,
                        2,
                        LocalTime.of(10, 0),
                        LocalDate.of(start, 9, 1),
                        LocalDate.of(start + 1, 7, 3)));
    }

    /** Signs the adult's children up to the activities of their school and books this month and the next. */
    private void book(Collectivite c, String email, @Nullable Long quotient, ActivityType... types) {
        var account = adults.credentials(email).orElse(null);
        if (account == null) {
            return;
        }
        long adult = account.id();
        if (quotient != null) {
            quotients.declare(adult, quotient, Quotients.Origine.CAF);
        }
        String year = AnneeScolaire.of(LocalDate.now(clock));
        for (var child : children.of(adult)) {
            if (child.uai() == null) {
                continue;
            }
            for (var activity : activities.atSchool(c.id(), child.uai(), year)) {
                if (!List.of(types).contains(activity.type())) {
                    continue;
                }
                signups.signUp(activity.id(), child.id(), adult, activity.jours());
                var signup = signups.find(child.id(), activity.id()).orElseThrow();
                for (var month :
                        List.of(YearMonth.now(clock), YearMonth.now(clock).plusMonths(1))) {
                    var days = calendar.patternDays(calendar.of(c, activity, signup, month), signup);
                    try {
                        bookings.change(c, activity, signup, adult, days, java.util.Set.of());
                    } catch (BookingRefused full) {
                        // A demo school full: the family simply has no booking there.
                    }
                }
            }
        }
    }
}
