package fr.monenfantalecole.portail.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's login policy: whether the operator and collectivité admins must use a second
 * factor ({@code portail.securite.totp-obligatoire}), and how long a login lasts at most however
 * active the person is ({@code portail.securite.session-duree-max}, besides the idle timeout).
 */
@ConfigurationProperties("portail.securite")
record StaffSecurityProperties(
        boolean totpObligatoire, @DefaultValue("12h") Duration sessionDureeMax) {

    /** Whether this person may not use the back office before enrolling a second factor. */
    boolean mustEnrol(StaffPrincipal user, boolean active) {
        return totpObligatoire
                && !active
                && (user.isPlatformAdmin() || user.grants().stream().anyMatch(g -> g.is(Role.COLLECTIVITE_ADMIN)));
    }
}
