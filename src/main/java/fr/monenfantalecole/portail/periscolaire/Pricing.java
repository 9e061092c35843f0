package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.Adults;
import fr.monenfantalecole.portail.family.Child;
import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.Montants;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.service.Tarification;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The price of one day of an activity for a child: the grid of the activity's service priced at the
 * quotient the family declared (the service module's {@link Tarification}, in cents), with the grid's
 * non-resident rule when the household's address is outside the collectivité ({@link Residence}) and
 * its sibling discount by the child's rank among the household's children signed up under the same
 * grid that school year ({@link Signups#rank}). Without a quotient the grid's default price applies;
 * an activity without a grid is priced at zero, "tarif non fixé".
 */
@Service
class Pricing {

    /** One day's price, the tranche it comes from (with what changed it), and whether a declared quotient set it. */
    public record UnitPrice(long centimes, String tranche, boolean quotientDeclare) {}

    private final Prestations prestations;
    private final Quotients quotients;
    private final Adults adults;
    private final Children children;
    private final Signups signups;
    private final Residence residence;

    Pricing(
            Prestations prestations,
            Quotients quotients,
            Adults adults,
            Children children,
            Signups signups,
            Residence residence) {
        this.prestations = prestations;
        this.quotients = quotients;
        this.adults = adults;
        this.children = children;
        this.signups = signups;
        this.residence = residence;
    }

    /** The price of a day of the activity for the child, as the adult (a responsable of the child) books it. */
    public UnitPrice of(Activity activity, long adultId, long childId) {
        var prestation = activity.prestationId() == null
                ? null
                : prestations
                        .find(activity.collectiviteId(), activity.prestationId())
                        .orElse(null);
        if (prestation == null) {
            return new UnitPrice(0, "Tarif non fixé", false);
        }
        @Nullable
        Long quotient =
                quotients.of(adultId).map(Quotients.Declared::quotientCentimes).orElse(null);
        boolean resident = residence.resident(adults.get(adultId), activity.collectiviteId());
        int rank = signups.rank(
                childId,
                children.of(adultId).stream().map(Child::id).toList(), // eldest first
                prestation.id(),
                activity.anneeScolaire());
        var grille = prestation.grille();
        var prix = Tarification.prix(grille, new Tarification.Demande(quotient, resident, rank));
        return new UnitPrice(prix.centimes(), label(grille, prix, resident, rank), quotient != null);
    }

    /** The tranche as the grid names it, then what the address and the rank changed, as on the bill. */
    private static String label(Grille g, Tarification.Prix prix, boolean resident, int rank) {
        var label = new StringBuilder(prix.trancheLibelle());
        var nonResident = g.nonResident();
        if (!resident && nonResident.regle() == Grille.RegleNonResident.MAJORATION) {
            label.append(" · hors commune : +\u00a0")
                    .append(Montants.pourcentTexte(java.util.Objects.requireNonNull(nonResident.majorationPourcent())));
        }
        var fratrie = g.fratrie();
        if (fratrie.active() && rank >= fratrie.aPartirDuRang()) {
            label.append(" · ")
                    .append(rank)
                    .append("e enfant inscrit : −\u00a0")
                    .append(Montants.pourcentTexte(java.util.Objects.requireNonNull(fratrie.reductionPourcent())));
        }
        return label.toString();
    }
}
