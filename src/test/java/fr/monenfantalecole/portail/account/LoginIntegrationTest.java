package fr.monenfantalecole.portail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PortailTest
class LoginIntegrationTest {

    static final String SESSION = "PORTAIL_SESSION";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /**
     * Every test here starts from a fresh login throttle: failed logins of other tests (all from the
     * loopback address, counted per address and per client) would otherwise make a first wrong password
     * answer "bloqué" instead of "erreur".
     */
    @BeforeEach
    void freshThrottle() {
        jdbc.sql("delete from login_throttle").update();
    }

    @OwnCommune
    World w;

    @Test
    void aDemoAgentLogsInAndReachesTheirCollectivite() throws Exception {
        Cookie before =
                mvc.perform(get("/admin/connexion")).andReturn().getResponse().getCookie(SESSION);
        assertThat(before).isNotNull();
        var login = mvc.perform(post("/admin/connexion")
                        .cookie(before)
                        .with(csrf())
                        .param("email", w.admin().email())
                        .param("motDePasse", World.PASSWORD))
                .andExpect(redirectedUrl("/admin"))
                .andReturn();
        Cookie after = login.getResponse().getCookie(SESSION);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).as("session id changes at login").isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();

        mvc.perform(get("/admin").cookie(after))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/" + w.slug() + "\"")))
                .andExpect(content().string(containsString("Se déconnecter")));
    }

    @Test
    void aWrongPasswordIsExplainedAndTheEmailStaysTyped() throws Exception {
        Cookie session = mvc.perform(post("/admin/connexion")
                        .with(csrf())
                        .param("email", w.admin().email())
                        .param("motDePasse", "mauvais"))
                .andExpect(redirectedUrl("/admin/connexion?erreur"))
                .andReturn()
                .getResponse()
                .getCookie(SESSION);
        mvc.perform(get("/admin/connexion?erreur").cookie(session))
                .andExpect(content().string(containsString("Adresse électronique ou mot de passe incorrect")))
                .andExpect(
                        content().string(containsString("value=\"" + w.admin().email() + "\"")));
    }

    @Test
    void repeatedFailuresFromOneAddressLockTheAccountThereEvenWithTheRightPassword() throws Exception {
        String email = w.admin().email();
        for (int i = 0; i < LoginThrottle.PAIR_BUDGET; i++) {
            mvc.perform(post("/admin/connexion")
                            .with(csrf())
                            .with(r -> remote(r, "10.0.0.1"))
                            .param("email", email)
                            .param("motDePasse", "essai-" + i))
                    .andExpect(redirectedUrl("/admin/connexion?erreur"));
        }
        mvc.perform(post("/admin/connexion")
                        .with(csrf())
                        .with(r -> remote(r, "10.0.0.1"))
                        .param("email", email)
                        .param("motDePasse", World.PASSWORD))
                .andExpect(redirectedUrl("/admin/connexion?bloque"));
        mvc.perform(get("/admin/connexion?bloque"))
                .andExpect(content().string(containsString("réessayez dans 15 minutes")));

        jdbc.sql("delete from login_throttle").update();
        mvc.perform(post("/admin/connexion")
                        .with(csrf())
                        .with(r -> remote(r, "10.0.0.1"))
                        .param("email", email)
                        .param("motDePasse", World.PASSWORD))
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void passwordsAreStoredHashed() {
        var hashes = jdbc.sql("select password_hash from staff_user")
                .query(String.class)
                .list();
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("{bcrypt}$2"));
    }

    @Test
    void logoutNeedsAPostWithTheToken() throws Exception {
        mvc.perform(get("/admin/deconnexion")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/deconnexion")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/deconnexion").with(csrf())).andExpect(redirectedUrl("/admin/connexion?deconnecte"));
    }

    private static org.springframework.mock.web.MockHttpServletRequest remote(
            org.springframework.mock.web.MockHttpServletRequest request, String address) {
        request.setRemoteAddr(address);
        return request;
    }
}
