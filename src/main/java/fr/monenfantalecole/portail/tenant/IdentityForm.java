package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.web.SirenNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The identity form as typed (bound as "identityForm": its messages are in i18n/tenant.properties),
 * kept whole when refused, one French message per wrong field. The one-line texts are kept stripped,
 * as they are saved.
 */
public record IdentityForm(
        @NotBlank(message = "{tenant.nom.identite}") @Size(max = 120, message = "{tenant.nom.long}") @Nullable
        String nom,

        @SirenNumber(message = "{tenant.siren}") @Nullable String siren,
        @NotBlank(message = "{tenant.academie}") @Nullable String academie,

        @NotNull(message = "{tenant.zoneVacances}")
        @Pattern(regexp = "[ABC]", message = "{tenant.zoneVacances}")
        @Nullable
        String zoneVacances,

        @HttpsAddress(message = "{tenant.siteWeb}") @Nullable
        String siteWeb,

        @Size(max = 500, message = "{tenant.piedDePage.long}") @Nullable
        String piedDePage,

        @Nullable Boolean afficherEcoles,
        @Nullable Boolean afficherColleges,
        @Nullable String hosts,
        @Nullable String communes) {

    private static final java.util.regex.Pattern HOST =
            java.util.regex.Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    static final int MAX_HOSTS = 5;

    public IdentityForm {
        nom = stripped(nom);
        academie = stripped(academie);
        zoneVacances = stripped(zoneVacances);
        siteWeb = stripped(siteWeb);
        piedDePage = stripped(piedDePage);
    }

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
     * The rules Bean Validation cannot see: each host name well formed, the platform's own or another
     * collectivité's refused, at most {@link #MAX_HOSTS}; and, for the operator only, the member
     * communes of an intercommunalité (they decide whose schools, sectors and imports it touches, so
     * anyone else's list is left as it is).
     */
    void check(
            Collectivite collectivite,
            CollectiviteHosts owners,
            PlatformHosts platform,
            boolean operator,
            Errors result) {
        if (changesMembers(collectivite, operator)) {
            var parsed = CommuneList.parse(communes);
            if (parsed.error() != null) {
                // The list's own reading says which line is wrong and why.
                result.rejectValue("communes", "tenant.communes.ligne", parsed.error());
            } else if (parsed.communes().isEmpty()) {
                result.rejectValue("communes", "tenant.communes.vide");
            }
        }
        List<String> hostList = hostList();
        for (String host : hostList) {
            String problem = hostProblem(host, collectivite.id(), owners, platform);
            if (problem != null) {
                result.rejectValue("hosts", problem, new Object[] {host}, null);
                return;
            }
        }
        if (hostList.size() > MAX_HOSTS) {
            result.rejectValue("hosts", "tenant.hosts.nombre", new Object[] {MAX_HOSTS}, null);
        }
    }

    /** Only once the form is valid ({@code @Valid} and {@link #check}): the change to apply. */
    IdentityChange change(Collectivite collectivite, boolean operator) {
        return new IdentityChange(
                Objects.requireNonNull(nom, "checked by @NotBlank"),
                SirenNumber.Check.digits(siren),
                Objects.requireNonNull(academie, "checked by @NotBlank"),
                Objects.requireNonNull(zoneVacances, "checked by @NotNull"),
                siteWeb,
                piedDePage,
                Boolean.TRUE.equals(afficherEcoles),
                Boolean.TRUE.equals(afficherColleges),
                hostList(),
                changesMembers(collectivite, operator)
                        ? CommuneList.parse(communes).communes()
                        : null);
    }

    /** The code of the message saying why this host name cannot be the collectivité's, or null. */
    private static @Nullable String hostProblem(
            String host, long collectiviteId, CollectiviteHosts owners, PlatformHosts platform) {
        if (!HOST.matcher(host).matches()) {
            return "tenant.hosts.format";
        }
        if (platform.isReserved(host)) {
            return "tenant.hosts.plateforme";
        }
        var owner = owners.owner(host);
        return owner.isPresent() && owner.get() != collectiviteId ? "tenant.hosts.pris" : null;
    }

    private static boolean changesMembers(Collectivite collectivite, boolean operator) {
        return operator && collectivite.type() == CollectiviteType.EPCI;
    }

    private List<String> hostList() {
        if (hosts == null) {
            return List.of();
        }
        return Arrays.stream(hosts.split("[\\s,;]+"))
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .distinct()
                .toList();
    }

    /** Stripped, and null when nothing but spaces was typed. */
    static @Nullable String stripped(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
