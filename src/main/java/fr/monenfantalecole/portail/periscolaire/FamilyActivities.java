package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.Child;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What a parent reaches: their own children (read through {@code family.Children}, so another
 * household's child is a 404) and the activities of the child's school on this portal. The school
 * year is the one of today, or the next one from the summer on.
 */
@Service
public class FamilyActivities {

    /** An activity offered to a child, with the child's sign-up if any and the day's price for the family. */
    public record Offer(Activity activite, Signups.@Nullable Signup inscription, Pricing.UnitPrice prix) {}

    /** A child, and the activities of their school. */
    public record ChildOffers(Child enfant, List<Offer> offres) {}

    private final Children children;
    private final Activities activities;
    private final Signups signups;
    private final Pricing pricing;
    private final Clock clock;

    FamilyActivities(Children children, Activities activities, Signups signups, Pricing pricing, Clock clock) {
        this.children = children;
        this.activities = activities;
        this.signups = signups;
        this.pricing = pricing;
        this.clock = clock;
    }

    public List<ChildOffers> of(Collectivite portal, long adultId) {
        String year = AnneeScolaire.of(LocalDate.now(clock));
        return children.of(adultId).stream()
                .map(c -> new ChildOffers(
                        c,
                        c.uai() == null
                                ? List.of()
                                : activities.atSchool(portal.id(), c.uai(), year).stream()
                                        .map(a -> new Offer(
                                                a,
                                                signups.find(c.id(), a.id()).orElse(null),
                                                pricing.of(a, adultId, c.id())))
                                        .toList()))
                .toList();
    }

    public Child child(long adultId, long childId) {
        return children.get(adultId, childId).orElseThrow(() -> new NotFoundException("Enfant inconnu"));
    }

    /** The activity of the child's school on this portal; 404 for any other. */
    public Activity activity(Collectivite portal, Child child, long activityId) {
        return activities
                .find(portal.id(), activityId)
                .filter(a -> a.uai().equals(child.uai()))
                .orElseThrow(() -> new NotFoundException("Activité inconnue"));
    }

    /** A child's sign-up to an activity, as the calendar pages reach it. */
    public record Target(Child enfant, Activity activite, Signups.Signup inscription) {}

    /** The adult's child, the activity of their school and the child's sign-up to it; 404 otherwise. */
    public Target target(Collectivite portal, long adultId, long childId, long activityId) {
        var enfant = child(adultId, childId);
        var activite = activity(portal, enfant, activityId);
        return new Target(enfant, activite, signup(enfant, activite));
    }

    public Signups.Signup signup(Child child, Activity activity) {
        return signups.find(child.id(), activity.id()).orElseThrow(() -> new NotFoundException("Pas d'inscription"));
    }
}
