package fr.monenfantalecole.portail.billing;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The operator's quote of a collectivité ("quoteForm", messages in i18n/billing.properties): the
 * subscription's first day, and a reason per school left out of the quote. The schools are the
 * collectivité's, so their fields are named by UAI ({@code motifs[0350001A]}) and bound into one map;
 * the quoting rules (a school left out needs a reason…) stay in {@code Quoting} and come back as
 * {@code BillingRefusal}.
 */
record QuoteForm(
        // a date field sends ISO or nothing: a missing or unreadable date is "Indiquez la date de début"
        @NotNull @Nullable LocalDate debut, @Nullable Map<String, String> motifs) {

    /** The reasons typed, by UAI; a school without one is quoted. */
    Map<String, String> leftOut() {
        Map<String, String> leftOut = new LinkedHashMap<>();
        Objects.requireNonNullElse(motifs, Map.<String, String>of()).forEach((uai, reason) -> {
            if (reason != null && !reason.isBlank()) {
                leftOut.put(uai, reason);
            }
        });
        return leftOut;
    }

    /** The date as sent, to give it back to the page (what was typed when it could not be read). */
    static String typed(QuoteForm form, BindingResult result) {
        if (form.debut() != null) {
            return form.debut().toString();
        }
        return Objects.toString(result.getFieldValue("debut"), "");
    }
}
