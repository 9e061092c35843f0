package fr.monenfantalecole.portail.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Any account changes its password with the current one; its other sessions end, this one goes on. */
@PortailTest
class PasswordChangeIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffUsers users;

    Cookie login(String email, String password) throws Exception {
        return mvc.perform(post("/admin/connexion")
                        .with(csrf())
                        .param("email", email)
                        .param("motDePasse", password))
                .andExpect(redirectedUrl("/admin"))
                .andReturn()
                .getResponse()
                .getCookie("PORTAIL_SESSION");
    }

    @Test
    void theCurrentPasswordIsRequiredAndTheOtherSessionsEnd() throws Exception {
        String email = "change.mot.de.passe@mairie.test";
        long id = users.create(email, "Agent qui change", "ancien-mot-de-passe-2026");
        users.grant(id, Role.COLLECTIVITE_AGENT, null);
        Cookie phone = login(email, "ancien-mot-de-passe-2026");
        Cookie desk = login(email, "ancien-mot-de-passe-2026");

        mvc.perform(get("/admin/mon-compte/mot-de-passe").cookie(desk)).andExpect(status().isOk());
        mvc.perform(post("/admin/mon-compte/mot-de-passe")
                        .cookie(desk)
                        .with(csrf())
                        .param("motDePasseActuel", "pas-le-bon")
                        .param("motDePasse", "nouveau-mot-de-passe-2026")
                        .param("confirmation", "nouveau-mot-de-passe-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce n'est pas votre mot de passe actuel")));
        String tooLong = "€".repeat(25); // 75 bytes
        mvc.perform(post("/admin/mon-compte/mot-de-passe")
                        .cookie(desk)
                        .with(csrf())
                        .param("motDePasseActuel", "ancien-mot-de-passe-2026")
                        .param("motDePasse", tooLong)
                        .param("confirmation", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("72 octets au plus")));
        var changed = mvc.perform(post("/admin/mon-compte/mot-de-passe")
                        .cookie(desk)
                        .with(csrf())
                        .param("motDePasseActuel", "ancien-mot-de-passe-2026")
                        .param("motDePasse", "nouveau-mot-de-passe-2026")
                        .param("confirmation", "nouveau-mot-de-passe-2026"))
                .andExpect(redirectedUrl("/admin/mon-compte/mot-de-passe"))
                .andReturn();
        Cookie renewed = changed.getResponse().getCookie("PORTAIL_SESSION");

        mvc.perform(get("/admin").cookie(renewed == null ? desk : renewed)).andExpect(status().isOk());
        mvc.perform(get("/admin").cookie(phone)).andExpect(status().is3xxRedirection());
        login(email, "nouveau-mot-de-passe-2026");
    }
}
