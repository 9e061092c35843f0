package fr.monenfantalecole.portail.tenant;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The embedding settings as typed (bound as "integrationForm": its messages are in
 * i18n/tenant.properties): origins one per line, the base URL, the zones ticked, the credit line,
 * kept stripped as it is saved.
 */
public record IntegrationForm(
        @Nullable String origines,
        @Nullable String urlBase,
        @Nullable List<String> zones,

        @Size(max = 160, message = "{tenant.credit.long}") @Nullable
        String credit) {

    public IntegrationForm {
        credit = IdentityForm.stripped(credit);
    }

    static IntegrationForm of(Integration i) {
        return new IntegrationForm(
                String.join("\n", i.origines()),
                i.urlBase() == null ? "" : i.urlBase(),
                i.zones().stream().map(Zone::code).toList(),
                i.credit() == null ? "" : i.credit());
    }

    public boolean ticked(Zone zone) {
        return zones != null && zones.contains(zone.code());
    }

    /**
     * The rules that read several fields: each line a site's origin, the base page on one of them,
     * and at least one site once a zone is shown.
     */
    void check(Errors result) {
        List<String> origins = origins();
        if (!chosen().isEmpty() && origins.isEmpty()) {
            result.rejectValue("origines", "tenant.origines.manquante");
        }
        List<String> wrong = new ArrayList<>();
        int line = 0;
        for (String typed : lines()) {
            line++;
            if (!typed.isBlank() && Integration.origin(typed) == null) {
                wrong.add("ligne " + line + " (« " + typed.strip() + " »)");
            }
        }
        if (!wrong.isEmpty()) {
            result.rejectValue("origines", "tenant.origines.format", new Object[] {String.join(", ", wrong)}, null);
        }
        String base = base();
        if (base != null) {
            String origin = Integration.origin(base.replaceFirst("^(https?://[^/?#]+).*$", "$1"));
            if (origin == null || !base.matches("^https?://[^\\s#]+$")) {
                result.rejectValue("urlBase", "tenant.urlBase.format");
            } else if (!origins.contains(origin)) {
                result.rejectValue("urlBase", "tenant.urlBase.horsListe", new Object[] {origin}, null);
            }
        }
    }

    /** Only once the form is valid ({@code @Valid} and {@link #check}): the settings to save. */
    Integration integration() {
        return new Integration(origins(), base(), chosen(), credit);
    }

    private String[] lines() {
        return (origines == null ? "" : origines).split("\\R");
    }

    /** The origins read, each once, in the order typed. */
    private List<String> origins() {
        List<String> origins = new ArrayList<>();
        for (String typed : lines()) {
            String origin = typed.isBlank() ? null : Integration.origin(typed);
            if (origin != null && !origins.contains(origin)) {
                origins.add(origin);
            }
        }
        return origins;
    }

    private @Nullable String base() {
        return IdentityForm.stripped(urlBase);
    }

    private Set<Zone> chosen() {
        var chosen = EnumSet.noneOf(Zone.class);
        if (zones != null) {
            for (String code : zones) {
                Zone.fromCode(code).ifPresent(chosen::add);
            }
        }
        return chosen;
    }
}
