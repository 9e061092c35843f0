package fr.monenfantalecole.portail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.PortailTest;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A forgotten password: the same answer whether the address has an account or not, a link by e-mail
 * that serves once, ends the account's sessions, and refuses what bcrypt cannot hash; requests are
 * throttled.
 */
@PortailTest
class PasswordResetIntegrationTest {

    static final String SESSION = "PORTAIL_SESSION";

    @Autowired
    MockMvc mvc;

    @Autowired
    Mailbox mailbox;

    @Autowired
    Outbox outbox;

    @Autowired
    StaffUsers users;

    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequest from(MockHttpServletRequest request, String address) {
        request.setRemoteAddr(address);
        return request;
    }

    String answer(String email, String address) throws Exception {
        return mvc.perform(post("/admin/mot-de-passe-oublie")
                        .with(csrf())
                        .with(r -> from(r, address))
                        .param("email", email))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    Cookie login(String email, String password) throws Exception {
        return mvc.perform(post("/admin/connexion")
                        .with(csrf())
                        .param("email", email)
                        .param("motDePasse", password))
                .andExpect(redirectedUrl("/admin"))
                .andReturn()
                .getResponse()
                .getCookie(SESSION);
    }

    @Test
    void theSameAnswerWhetherOrNotTheAddressHasAnAccount() throws Exception {
        users.create("oubli.existant@ecole.test", "Existant", "mot-de-passe-initial-2026");
        String known = answer("oubli.existant@ecole.test", "10.9.0.1");
        String unknown = answer("oubli.inconnu@ecole.test", "10.9.0.1");
        assertThat(known).isEqualTo(unknown).contains("Si un compte existe pour cette adresse");
        assertThat(outbox.to("oubli.existant@ecole.test")).hasSize(1);
        assertThat(outbox.to("oubli.inconnu@ecole.test")).isEmpty();
    }

    @Test
    void theLinkServesOnceEndsTheSessionsAndRefusesAnUnhashablePassword() throws Exception {
        String email = "oubli.reinitialise@ecole.test";
        long id = users.create(email, "Réinitialisé", "mot-de-passe-initial-2026");
        users.grant(id, Role.COLLECTIVITE_AGENT, null);
        Cookie elsewhere = login(email, "mot-de-passe-initial-2026");
        mvc.perform(get("/admin").cookie(elsewhere)).andExpect(status().isOk());

        var before = Instant.now();
        answer(email, "10.9.0.2");
        String link = mailbox.link(email, "/admin/mot-de-passe/nouveau", before);
        assertThat(outbox.to(email).getFirst().corps()).doesNotContain(link.substring(link.indexOf('=') + 1));

        Cookie session = mvc.perform(get(link))
                .andExpect(redirectedUrl("/admin/mot-de-passe/nouveau"))
                .andReturn()
                .getResponse()
                .getCookie(SESSION);
        mvc.perform(get("/admin/mot-de-passe/nouveau").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisir un nouveau mot de passe")));
        String tooLong = "mot-de-passe-".repeat(6); // 78 bytes
        mvc.perform(post("/admin/mot-de-passe/nouveau")
                        .cookie(session)
                        .with(csrf())
                        .param("motDePasse", tooLong)
                        .param("confirmation", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("72 octets au plus")));
        mvc.perform(post("/admin/mot-de-passe/nouveau")
                        .cookie(session)
                        .with(csrf())
                        .param("motDePasse", "nouveau-mot-de-passe-2026")
                        .param("confirmation", "nouveau-mot-de-passe-2026"))
                .andExpect(redirectedUrl("/admin/mot-de-passe/nouveau?fait"));

        // The session opened with the old password is over; the new password works, the old one no more.
        mvc.perform(get("/admin").cookie(elsewhere)).andExpect(status().is3xxRedirection());
        login(email, "nouveau-mot-de-passe-2026");
        mvc.perform(post("/admin/connexion")
                        .with(csrf())
                        .param("email", email)
                        .param("motDePasse", "mot-de-passe-initial-2026"))
                .andExpect(redirectedUrl("/admin/connexion?erreur"));
        // Single use.
        Cookie again = mvc.perform(get(link)).andReturn().getResponse().getCookie(SESSION);
        mvc.perform(get("/admin/mot-de-passe/nouveau").cookie(again))
                .andExpect(content().string(containsString("Ce lien ne sert plus")));
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void requestsAreThrottledPerAddressSilentlyAndPerClientOpenly() throws Exception {
        String email = "oubli.inonde@ecole.test";
        users.create(email, "Inondé", "mot-de-passe-initial-2026");
        for (int i = 0; i < 5; i++) {
            assertThat(answer(email, "10.9.1." + i)).contains("Si un compte existe pour cette adresse");
        }
        assertThat(outbox.to(email)).hasSize(3);
        for (int i = 0; i < 10; i++) {
            answer("quelquun" + i + "@ecole.test", "10.9.2.1");
        }
        assertThat(answer("encore@ecole.test", "10.9.2.1")).contains("Trop de demandes sont parties d'ici");
    }
}
