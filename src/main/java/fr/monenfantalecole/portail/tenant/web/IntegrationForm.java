package fr.monenfantalecole.portail.tenant.web;

import fr.monenfantalecole.portail.tenant.Integration;
import fr.monenfantalecole.portail.tenant.Zone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The embedding settings as typed: origins one per line, the base URL, the zones ticked, the credit line. */
public record IntegrationForm(
        @Nullable String origines,
        @Nullable String urlBase,
        @Nullable List<String> zones,
        @Nullable String credit) {

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

    record Result(@Nullable Integration integration, Map<String, String> errors) {}

    Result validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> origins = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int line = 0;
        for (String typed : (origines == null ? "" : origines).split("\\R")) {
            line++;
            if (typed.isBlank()) {
                continue;
            }
            String origin = Integration.origin(typed);
            if (origin == null) {
                wrong.add("ligne " + line + " (« " + typed.strip() + " »)");
            } else if (!origins.contains(origin)) {
                origins.add(origin);
            }
        }
        if (!wrong.isEmpty()) {
            errors.put(
                    "origines",
                    "Indiquez l'adresse de chaque site sous la forme https://www.ville.fr, sans chemin : "
                            + String.join(", ", wrong) + ".");
        }
        String base = urlBase == null || urlBase.isBlank() ? null : urlBase.strip();
        if (base != null) {
            String origin = base.replaceFirst("^(https?://[^/?#]+).*$", "$1");
            if (Integration.origin(origin) == null || !base.matches("^https?://[^\\s#]+$")) {
                errors.put(
                        "urlBase",
                        "Indiquez l'adresse complète de la page de votre site qui accueille le portail, par exemple https://www.ville.fr/ecoles.");
            } else if (!origins.contains(Integration.origin(origin))) {
                errors.put(
                        "urlBase",
                        "Cette page est sur " + Integration.origin(origin)
                                + ", qui n'est pas dans la liste des sites autorisés : ajoutez-le ci-dessus.");
            }
        }
        var chosen = EnumSet.noneOf(Zone.class);
        if (zones != null) {
            for (String code : zones) {
                Zone.fromCode(code).ifPresent(chosen::add);
            }
        }
        if (!chosen.isEmpty() && origins.isEmpty()) {
            errors.put(
                    "origines",
                    "Indiquez au moins le site qui affichera le portail, par exemple https://www.ville.fr.");
        }
        String c = credit == null || credit.isBlank() ? null : credit.strip();
        if (c != null && c.length() > 160) {
            errors.put("credit", "La mention fait au plus 160 caractères.");
        }
        return new Result(errors.isEmpty() ? new Integration(origins, base, chosen, c) : null, errors);
    }
}
