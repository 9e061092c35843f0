package fr.monenfantalecole.portail.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.ModuleSlices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

/**
 * The account module on its own (with {@code shared}: the embedded PostgreSQL), on its own database:
 * staff accounts and their password-reset links work without the mail module that sends them.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/account-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class AccountModuleTest {

    @Autowired
    StaffUsers users;

    @Autowired
    PasswordResets resets;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyAccountAndSharedAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context)).containsExactlyInAnyOrder("account", "shared");
    }

    @Test
    void aResetLinkIsAnnouncedOpensItsAccountAndServesOnce(AssertablePublishedEvents events) {
        long id = users.create("agent@tranche-comptes.test", "Agent de la tranche", "mot-de-passe-de-depart-2026");

        assertThat(resets.request("Agent@Tranche-Comptes.test", "192.0.2.40"))
                .isEqualTo(PasswordResets.Outcome.ANSWERED);

        var requested = events.ofType(PasswordResets.LinkRequested.class)
                .matching(PasswordResets.LinkRequested::email, "agent@tranche-comptes.test")
                .iterator()
                .next();
        assertThat(requested.link()).contains(requested.token());
        assertThat(resets.find(requested.token())).contains(id);
        assertThat(resets.reset(requested.token(), "un-nouveau-mot-de-passe-2026"))
                .isTrue();
        assertThat(resets.reset(requested.token(), "encore-un-autre-mot-de-passe"))
                .isFalse();
        assertThat(resets.find(requested.token())).isEmpty();
    }
}
