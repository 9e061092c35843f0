package fr.monenfantalecole.portail.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.account.PasswordResets;
import fr.monenfantalecole.portail.support.ModuleSlices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The mail module on its own (with {@code shared}: the embedded PostgreSQL), on its own database:
 * the account module's password-reset event is only a type here, and the outbox answers it without
 * any account bean.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/mail-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class MailModuleTest {

    @Autowired
    Outbox outbox;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyMailAndSharedAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context)).containsExactlyInAnyOrder("mail", "shared");
    }

    @Test
    void aPasswordResetLinkIsQueuedWithItsSecretMasked(Scenario scenario) {
        String email = "parent@tranche-courriel.test";
        scenario.publish(new PasswordResets.LinkRequested(
                        email, "https://portail.test/mot-de-passe?jeton=s3cr3t-tranche", "s3cr3t-tranche", 30))
                .andWaitForStateChange(() -> outbox.to(email), mails -> !mails.isEmpty())
                .andVerify(mails -> {
                    assertThat(mails).hasSize(1);
                    assertThat(mails.getFirst().sujet()).isEqualTo("Choisir un nouveau mot de passe");
                    assertThat(mails.getFirst().corps())
                            .contains(Outbox.MASK)
                            .contains("expire dans 30 minutes")
                            .doesNotContain("s3cr3t-tranche");
                });
    }
}
