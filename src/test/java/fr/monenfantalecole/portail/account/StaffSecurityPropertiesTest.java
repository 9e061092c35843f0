package fr.monenfantalecole.portail.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffSecurityPropertiesTest {

    static final StaffSecurityProperties REQUIRED = new StaffSecurityProperties(true, Duration.ofHours(12));

    @Test
    void theOperatorAndCollectiviteAdminsMustEnrolWhenThePlatformRequiresIt() {
        assertThat(REQUIRED.mustEnrol(user(new Grant("PLATFORM_ADMIN", null, null)), false))
                .isTrue();
        assertThat(REQUIRED.mustEnrol(user(new Grant("COLLECTIVITE_ADMIN", 3L, null)), false))
                .isTrue();
        assertThat(REQUIRED.mustEnrol(user(new Grant("COLLECTIVITE_ADMIN", 3L, null)), true))
                .isFalse();
    }

    @Test
    void othersChooseAndNobodyMustWhenThePlatformDoesNotRequireIt() {
        assertThat(REQUIRED.mustEnrol(user(new Grant("SCHOOL_DIRECTOR", 3L, "0350256N")), false))
                .isFalse();
        assertThat(new StaffSecurityProperties(false, Duration.ofHours(12))
                        .mustEnrol(user(new Grant("PLATFORM_ADMIN", null, null)), false))
                .isFalse();
    }

    private static StaffPrincipal user(Grant grant) {
        return new StaffPrincipal(1, "a@b.fr", "A", "x", true, List.of(grant));
    }
}
