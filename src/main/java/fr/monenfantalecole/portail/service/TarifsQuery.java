package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.web.EuroAmount;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * The checked parameters of the tariff API ({@code GET /api/v1/{slug}/tarifs}), bound by hand from the
 * query as the calculator's {@link QuotientForm} is (messages in i18n/service.properties). The quotient is
 * checked before the rank, and a rank is reported only when the quotient is right: the API always answered
 * so, and its clients read one error at a time.
 *
 * @param qf the quotient in euros as typed ("850", "850.50"), blank for the prices without quotient
 * @param rang the child's rank among the family's children registered, from 1 to 20
 */
@GroupSequence({TarifsQuery.class, TarifsQuery.Rang.class})
record TarifsQuery(
        @EuroAmount(message = "{service.api.qf}") @Nullable String qf,

        @Min(value = 1, message = "{service.api.rang}", groups = Rang.class)
        @Max(value = 20, message = "{service.api.rang}", groups = Rang.class)
        int rang) {

    /** The rank's check, made once the quotient's passed. */
    interface Rang {}

    /** The quotient in cents, once checked; null when none was given. */
    @Nullable
    Long centimes() {
        return Montants.centimes(qf);
    }
}
