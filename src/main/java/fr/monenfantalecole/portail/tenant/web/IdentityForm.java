package fr.monenfantalecole.portail.tenant.web;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteHosts;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.CommuneList;
import fr.monenfantalecole.portail.tenant.CommuneMembre;
import fr.monenfantalecole.portail.tenant.IdentityChange;
import fr.monenfantalecole.portail.tenant.PlatformHosts;
import fr.monenfantalecole.portail.tenant.Siren;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The identity form as typed: kept whole when refused, with one French message per wrong field. */
public record IdentityForm(
        @Nullable String nom,
        @Nullable String siren,
        @Nullable String academie,
        @Nullable String zoneVacances,
        @Nullable String siteWeb,
        @Nullable String piedDePage,
        @Nullable Boolean afficherEcoles,
        @Nullable Boolean afficherColleges,
        @Nullable String hosts,
        @Nullable String communes) {

    private static final Pattern HOST =
            Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    static final int MAX_HOSTS = 5;

    static IdentityForm of(Collectivite c, List<String> hosts, List<CommuneMembre> communes) {
        return new IdentityForm(
                c.nom(),
                c.siren(),
                c.academie(),
                c.zoneVacances(),
                c.siteWeb(),
                c.piedDePage(),
                c.afficherEcoles(),
                c.afficherColleges(),
                String.join("\n", hosts),
                CommuneList.format(communes));
    }

    /**
     * Checks every field; the result holds either the errors or the change to apply. Only the
     * operator changes member communes: they decide whose schools, sectors and imports a
     * collectivité touches, so anyone else's list is left as it is.
     */
    Validation validate(Collectivite collectivite, CollectiviteHosts hosts, PlatformHosts platform, boolean operator) {
        long collectiviteId = collectivite.id();
        Map<String, String> errors = new LinkedHashMap<>();
        List<CommuneMembre> members = null;
        if (operator && collectivite.type() == CollectiviteType.EPCI) {
            var parsed = CommuneList.parse(communes);
            if (parsed.error() != null) {
                errors.put("communes", parsed.error());
            } else if (parsed.communes().isEmpty()) {
                errors.put(
                        "communes",
                        "Indiquez au moins une commune membre : ses écoles seront présentées sur le portail.");
            } else {
                members = parsed.communes();
            }
        }
        String nomValue = trim(nom);
        if (nomValue == null) {
            errors.put("nom", "Indiquez le nom de la collectivité, tel que les familles le connaissent.");
        } else if (nomValue.length() > 120) {
            errors.put("nom", "Le nom est trop long : 120 caractères au plus.");
        }
        String trimmedSiren = trim(siren);
        String sirenValue = trimmedSiren == null ? null : trimmedSiren.replace(" ", "");
        if (sirenValue != null && !Siren.isValid(sirenValue)) {
            errors.put("siren", "Le SIREN compte 9 chiffres et sa clé doit être juste (par exemple 213501158).");
        }
        String academieValue = trim(academie);
        if (academieValue == null) {
            errors.put("academie", "Indiquez l'académie (par exemple Rennes).");
        }
        String zone = trim(zoneVacances);
        if (zone == null || !List.of("A", "B", "C").contains(zone)) {
            errors.put("zoneVacances", "Choisissez la zone de vacances scolaires : A, B ou C.");
        }
        String site = trim(siteWeb);
        if (site != null && !isHttpsUrl(site)) {
            errors.put(
                    "siteWeb", "L'adresse du site doit commencer par https:// (par exemple https://www.fougeres.fr).");
        }
        String footer = trim(piedDePage);
        if (footer != null && footer.length() > 500) {
            errors.put("piedDePage", "Le texte du pied de page est trop long : 500 caractères au plus.");
        }
        List<String> hostList = parseHosts();
        for (String host : hostList) {
            if (!HOST.matcher(host).matches()) {
                errors.put(
                        "hosts",
                        "« " + host + " » n'est pas un nom de domaine valide (par exemple ecoles.fougeres.fr).");
                break;
            }
            if (platform.isReserved(host)) {
                errors.put(
                        "hosts",
                        "Le nom « " + host + " » appartient à la plateforme ; indiquez un nom de votre "
                                + "collectivité (par exemple ecoles.fougeres.fr).");
                break;
            }
            var owner = hosts.owner(host);
            if (owner.isPresent() && owner.get() != collectiviteId) {
                errors.put("hosts", "Le nom « " + host + " » est déjà utilisé par une autre collectivité.");
                break;
            }
        }
        if (!errors.containsKey("hosts") && hostList.size() > MAX_HOSTS) {
            errors.put("hosts", "Indiquez au plus " + MAX_HOSTS + " noms de domaine.");
        }
        if (!errors.isEmpty()) {
            return new Validation(errors, null);
        }
        return new Validation(
                errors,
                new IdentityChange(
                        checked(nomValue),
                        sirenValue,
                        checked(academieValue),
                        checked(zone),
                        site,
                        footer,
                        Boolean.TRUE.equals(afficherEcoles),
                        Boolean.TRUE.equals(afficherColleges),
                        hostList,
                        members));
    }

    private List<String> parseHosts() {
        if (hosts == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        Arrays.stream(hosts.split("[\\s,;]+"))
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .distinct()
                .forEach(result::add);
        return result;
    }

    static boolean isHttpsUrl(String value) {
        try {
            var uri = new URI(value);
            return "https".equals(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static @Nullable String trim(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    /** Either errors by field name, or the change. */
    record Validation(Map<String, String> errors, @Nullable IdentityChange change) {}

    /** Only called once no error was found: each value the checks above require is there. */
    private static <T> T checked(@Nullable T value) {
        return java.util.Objects.requireNonNull(value, "checked above");
    }
}
