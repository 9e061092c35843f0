package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.FamilyFixture;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.service.TestGrids;
import fr.monenfantalecole.portail.support.World;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The périscolaire of a test's own {@link World}: a service priced with {@link TestGrids#cantine}, its
 * activities at the world's schools (days, capacity, délai de prévenance), the days the commune
 * closes, and households with children signed up; each made through the owning module's API
 * ({@link Prestations}, {@link Activities}, {@link ClosedDays}, {@code family.FamilyFixture},
 * {@link Signups}, {@link Bookings}). All of it belongs to the world's commune and goes with it when the world closes
 * (the households through {@code FamilyFixture.removedWith}). Beside {@code World} and not in it:
 * {@code support} holds what every module's tests need (a commune, staff, schools, local values),
 * whereas a priced activity and a household are the périscolaire's, the service's and the family's.
 */
@Component
public class PeriscolaireFixture {

    /** The school year of {@link #activity(World, String, ActivityType, int)}: 1 September 2025 to 3 July 2026. */
    public static final String YEAR = "2025-2026";

    /** The days an activity runs unless told: Monday, Tuesday, Thursday, Friday. */
    public static final List<DayOfWeek> SCHOOL_DAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final Activities activities;
    private final Signups signups;
    private final Bookings bookings;
    private final ClosedDays closedDays;
    private final Prestations prestations;
    private final FamilyFixture families;

    PeriscolaireFixture(
            Activities activities,
            Signups signups,
            Bookings bookings,
            ClosedDays closedDays,
            Prestations prestations,
            FamilyFixture families) {
        this.activities = activities;
        this.signups = signups;
        this.bookings = bookings;
        this.closedDays = closedDays;
        this.prestations = prestations;
        this.families = families;
    }

    /** A service of the commune for that school year priced with the tests' cantine grid, and these rules. */
    public long grid(World w, String nom, String annee, Grille.NonResident nonResident, Grille.Fratrie fratrie) {
        return prestations.create(
                w.id(),
                new Prestations.Saisie(nom, "repas", "", annee, 1, TestGrids.cantine(nonResident, fratrie), false),
                null);
    }

    /**
     * An activity of {@link #YEAR} at that school, on {@link #SCHOOL_DAYS}, without a price, changes
     * possible until 10 h two working days before.
     */
    public Activity activity(World w, String uai, ActivityType type, int capacity) {
        return activity(w, uai, type, capacity, YEAR, null);
    }

    /** The same for that school year (September to early July), priced with that service or none. */
    public Activity activity(
            World w, String uai, ActivityType type, int capacity, String annee, @Nullable Long prestationId) {
        int first = Integer.parseInt(annee.substring(0, 4));
        long id = activities.create(
                w.id(),
                new Activities.Saisie(
                        uai,
                        annee,
                        type,
                        capacity,
                        SCHOOL_DAYS,
                        prestationId,
                        2,
                        LocalTime.of(10, 0),
                        LocalDate.of(first, 9, 1),
                        LocalDate.of(first + 1, 7, 3)));
        return activities.find(w.id(), id).orElseThrow();
    }

    /** A day the commune closes, with its reason. */
    public void closed(World w, LocalDate day, String motif) {
        closedDays.close(w.id(), day, motif);
    }

    /** A household of the world's commune (an adult "Périsco"), removed with the world. */
    public long household(World w) {
        return families.adult(w, "Périsco");
    }

    /** A child "Périsco" of the household at that school, born on 2 May 2018, in {@link #YEAR}. */
    public long child(long household, String prenoms, String uai) {
        return child(household, prenoms, uai, LocalDate.of(2018, 5, 2));
    }

    /** The same, born that day (the rank among siblings counts from the eldest). */
    public long child(long household, String prenoms, String uai, LocalDate born) {
        return families.child(household, "Périsco", prenoms, born, uai, YEAR);
    }

    /** The child signed up to the activity on all its days. */
    public Signups.Signup signUp(Activity a, long household, long child) {
        signups.signUp(a.id(), child, household, a.jours());
        return signups.find(child, a.id()).orElseThrow();
    }

    /** Books these days of the sign-up as the household would today (each must be open and before its deadline). */
    public void book(World w, Activity a, Signups.Signup signup, long household, Set<LocalDate> days) {
        bookings.change(w.collectivite(), a, signup, household, days, Set.of());
    }
}
