package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.service.Tarification;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The price of one day of an activity for a family: the grid of the activity's service priced at the
 * quotient the family declared (the service module's {@link Tarification}, in cents). Without a quotient
 * the grid's default price applies; an activity without a grid is priced at zero, "tarif non fixé".
 */
@Service
public class Pricing {

    /** One day's price, the tranche it comes from, and whether a declared quotient set it. */
    public record UnitPrice(long centimes, String tranche, boolean quotientDeclare) {}

    private final Prestations prestations;
    private final Quotients quotients;

    Pricing(Prestations prestations, Quotients quotients) {
        this.prestations = prestations;
        this.quotients = quotients;
    }

    public UnitPrice of(Activity activity, long adultId) {
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
        var prix = Tarification.prix(prestation.grille(), Tarification.Demande.of(quotient));
        return new UnitPrice(prix.centimes(), prix.trancheLibelle(), quotient != null);
    }
}
