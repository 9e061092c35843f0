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
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
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

    static final String SCHOOL = "0351017R";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Mailbox mailbox;

    @Autowired
    StaffUsers users;

    @Autowired
    Collectivites collectivites;

    String invite(String email) throws Exception {
        var before = Instant.now();
        mvc.perform(post("/admin/fougeres/pages-ecoles/" + SCHOOL + "/inviter")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
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
        mvc.perform(get("/admin/fougeres/courriels").with(staff.admin("fougeres")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("[lien personnel masqué]")))
                .andExpect(content().string(not(containsString(token(link)))));
        mvc.perform(get("/admin/plateforme/courriels").with(staff.platform()))
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
        // An agent of Fougères invites someone who already has an account (an admin elsewhere, say), then
        // opens the link logged out.
        String rennesAdmin = "agent.existant@rennes.test";
        long rennesAdminId = users.create(rennesAdmin, "Agent existant", "mot-de-passe-existant-2026");
        long fougeres = collectivites.findBySlug("fougeres").orElseThrow().id();
        String link = invite(rennesAdmin);

        var loggedOut = open(link);
        mvc.perform(get("/admin/invitation").cookie(loggedOut))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("seul ce compte peut accepter")))
                .andExpect(content().string(not(containsString("Accepter l'invitation"))));
        mvc.perform(post("/admin/invitation").cookie(loggedOut).with(csrf()))
                .andExpect(content().string(containsString("seul ce compte peut accepter")));
        // Signed in as someone else: refused too.
        mvc.perform(post("/admin/invitation").cookie(loggedOut).with(csrf()).with(staff.admin("fougeres")))
                .andExpect(content().string(containsString("Vous êtes connecté avec le compte admin@fougeres.demo")));
        assertThat(users.directorsOf(fougeres, SCHOOL)).noneMatch(d -> d.id() == rennesAdminId);

        // The right account, signed in, accepts: the school is in its space at once.
        var signedIn = open(link);
        mvc.perform(post("/admin/invitation").cookie(signedIn).with(csrf()).with(staff.as(rennesAdmin)))
                .andExpect(redirectedUrl("/admin/mes-etablissements"));
        assertThat(users.directorsOf(fougeres, SCHOOL)).anyMatch(d -> d.id() == rennesAdminId);
        // Single use.
        mvc.perform(get("/admin/invitation").cookie(signedIn).with(staff.as(rennesAdmin)))
                .andExpect(status().isNotFound());
    }
}
