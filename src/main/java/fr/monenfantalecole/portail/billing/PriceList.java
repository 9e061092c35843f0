package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.tenant.CollectiviteType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A version of the price list, in force from {@code valableDu} until the next version.
 *
 * @param tauxTvaCentiemes the VAT rate in hundredths of a percent (2000 = 20 %)
 * @param prorataMensuel whether a subscription started during the year pays the months left
 */
public record PriceList(
        long id,
        LocalDate valableDu,
        long prixEcoleCents,
        long prixCollegeCents,
        long minimumAnnuelCents,
        @Nullable Long prixEcoleEpciCents,
        @Nullable Long prixEcoleDeptCents,
        int tauxTvaCentiemes,
        boolean prorataMensuel) {

    /** The yearly price of one establishment of this kind, for this kind of buyer. */
    public long pricePerYear(CountedKind kind, CollectiviteType buyer) {
        if (kind == CountedKind.COLLEGE) {
            return prixCollegeCents;
        }
        Long special = switch (buyer) {
            case EPCI -> prixEcoleEpciCents;
            case DEPARTEMENT -> prixEcoleDeptCents;
            case COMMUNE -> null;
        };
        return special != null ? special : prixEcoleCents;
    }

    /** What the price list prices: an école (maternelle, élémentaire, primaire) or a collège. */
    public enum CountedKind {
        ECOLE,
        COLLEGE;

        public static CountedKind of(String annuaireType) {
            return annuaireType.startsWith("Coll") ? COLLEGE : ECOLE;
        }
    }
}
