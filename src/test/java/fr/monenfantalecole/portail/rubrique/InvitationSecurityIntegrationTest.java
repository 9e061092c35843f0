package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.support.World;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An invitation link is only in the e-mail (not in the request log, not in the outbox pages), an
 * invitation for an existing account is accepted only by that account signed in, and a password too
 * long for bcrypt is refused in words instead of a 500.
 */
@PortailTest
@ExtendWith(OutputCaptureExtension.class)
class InvitationSecurityIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Mailbox mailbox;

    @Autowired
    StaffUsers users;

    @Autowired
    Fixtures fixtures;

    @OwnCommune
    World w;

    /** The commune's école the invitations are for. */
    String school;

    @BeforeEach
    void school() {
        school = w.school("Ecole primaire publique des Invitations").uai();
    }

    String invite(String email) throws Exception {
        var before = Instant.now();
        mvc.perform(post("/admin/" + w.slug() + "/pages-ecoles/" + school + "/inviter")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("email", email))
                .andExpect(status().is3xxRedirection());
        return mailbox.link(email, "/admin/invitation", before);
    }

    /** Opens the link as a browser would: the token goes into the session, whose cookie comes back. */
    Cookie open(String link) throws Exception {
        return mvc.perform(get(link))
                .andExpect(redirectedUrl("/admin/invitation"))
                .andReturn()
                .getResponse()
                .getCookie("PORTAIL_SESSION");
    }

    static String token(String link) {
        return link.substring(link.indexOf("jeton=") + "jeton=".length());
    }

    @Test
    void theLinkIsNeitherLoggedNorShownToAdminsAndAgents(CapturedOutput output) throws Exception {
        String email = "nouvelle.direction@ecole.test";
        String link = invite(email);
        var session = open(link);
        mvc.perform(get("/admin/invitation").cookie(session)).andExpect(status().isOk());

        assertThat(output.getAll()).contains("/admin/invitation").doesNotContain(token(link));
        mvc.perform(get("/admin/" + w.slug() + "/courriels").with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("[lien personnel masqué]")))
                .andExpect(content().string(not(containsString(token(link)))));
        mvc.perform(get("/admin/plateforme/courriels").with(w.platform().mvc()))
                .andExpect(content().string(not(containsString(token(link)))));
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedInWordsAndNothingIsLost() throws Exception {
        String email = "directeur.accents@ecole.test";
        var session = open(invite(email));
        String tooLong = "é".repeat(40); // 40 characters, 80 bytes
        mvc.perform(post("/admin/invitation")
                        .cookie(session)
                        .with(csrf())
                        .param("nom", "M. Élie")
                        .param("motDePasse", tooLong)
                        .param("confirmation", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("72 octets au plus")))
                .andExpect(content().string(containsString("value=\"M. Élie\"")));
        assertThat(users.exists(email)).isFalse();
        String fits = "é".repeat(36); // 72 bytes
        mvc.perform(post("/admin/invitation")
                        .cookie(session)
                        .with(csrf())
                        .param("nom", "M. Élie")
                        .param("motDePasse", fits)
                        .param("confirmation", fits))
                .andExpect(redirectedUrl("/admin/connexion?invitation"));
        assertThat(users.exists(email)).isTrue();
    }

    @Test
    void anInvitationForAnExistingAccountNeedsThatAccountSignedIn() throws Exception {
        // The commune's admin invites someone who already has an account (an admin elsewhere, say), who
        // then opens the link logged out.
        try (var elsewhere = fixtures.commune()) {
            String existing = elsewhere.admin().email();
            long existingId = elsewhere.admin().id();
            String link = invite(existing);

            var loggedOut = open(link);
            mvc.perform(get("/admin/invitation").cookie(loggedOut))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("seul ce compte peut accepter")))
                    .andExpect(content().string(not(containsString("Accepter l'invitation"))));
            mvc.perform(post("/admin/invitation").cookie(loggedOut).with(csrf()))
                    .andExpect(content().string(containsString("seul ce compte peut accepter")));
            // Signed in as someone else: refused too.
            mvc.perform(post("/admin/invitation")
                            .cookie(loggedOut)
                            .with(csrf())
                            .with(w.admin().mvc()))
                    .andExpect(content()
                            .string(containsString("Vous êtes connecté avec le compte "
                                    + w.admin().email())));
            assertThat(users.directorsOf(w.id(), school)).noneMatch(d -> d.id() == existingId);

            // The right account, signed in, accepts: the school is in its space at once.
            var signedIn = open(link);
            mvc.perform(post("/admin/invitation").cookie(signedIn).with(csrf()).with(staff.as(existing)))
                    .andExpect(redirectedUrl("/admin/mes-etablissements"));
            assertThat(users.directorsOf(w.id(), school)).anyMatch(d -> d.id() == existingId);
            // Single use.
            mvc.perform(get("/admin/invitation").cookie(signedIn).with(staff.as(existing)))
                    .andExpect(status().isNotFound());
        }
    }
}
