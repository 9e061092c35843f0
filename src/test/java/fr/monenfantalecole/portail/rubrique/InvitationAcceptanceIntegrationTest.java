package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.support.FieldMessages;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.support.World;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A director accepting an invitation with a new account: each French message next to its field. */
@PortailTest
class InvitationAcceptanceIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Mailbox mailbox;

    @Autowired
    StaffUsers users;

    @Autowired
    Rubriques rubriques;

    @OwnCommune
    World w;

    /** The commune whose école invites. */
    TestSchoolPages fixture;

    @BeforeEach
    void schoolPages() {
        fixture = TestSchoolPages.create(w, "Ecole publique de l'Invitation", rubriques);
    }

    /** Invites {@code email} to the commune's école and opens the link: the session holds the token. */
    Cookie invited(String email) throws Exception {
        var before = Instant.now();
        mvc.perform(post("/admin/" + w.slug() + "/pages-ecoles/" + fixture.uai() + "/inviter")
                        .with(csrf())
                        .with(staff.as(fixture.admin()))
                        .param("email", email))
                .andExpect(status().is3xxRedirection());
        return mvc.perform(get(mailbox.link(email, "/admin/invitation", before)))
                .andExpect(redirectedUrl("/admin/invitation"))
                .andReturn()
                .getResponse()
                .getCookie("PORTAIL_SESSION");
    }

    String refused(Cookie session, String nom, String password, String confirmation) throws Exception {
        return mvc.perform(post("/admin/invitation")
                        .cookie(session)
                        .with(csrf())
                        .param("nom", nom)
                        .param("motDePasse", password)
                        .param("confirmation", confirmation))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachFieldSaysWhatIsWrongAndTheNameIsKept() throws Exception {
        String email = "direction.formulaire@ecole.test";
        var session = invited(email);
        String page = refused(session, " ", "court", "court");
        assertThat(FieldMessages.of(page, "nom"))
                .isEqualTo("Indiquez votre nom, tel que la mairie le verra (120 caractères au plus).");
        assertThat(FieldMessages.of(page, "motDePasse"))
                .isEqualTo("Choisissez un mot de passe d'au moins 12 caractères.");

        page = refused(session, "Mme Durand", "un mot de passe assez long", "un autre mot de passe");
        assertThat(FieldMessages.of(page, "nom")).isNull();
        assertThat(FieldMessages.of(page, "confirmation")).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(page).contains("value=\"Mme Durand\"").doesNotContain("un mot de passe assez long");

        page = refused(session, "D".repeat(121), "un mot de passe assez long", "un mot de passe assez long");
        assertThat(FieldMessages.of(page, "nom"))
                .isEqualTo("Indiquez votre nom, tel que la mairie le verra (120 caractères au plus).");
        assertThat(users.exists(email)).isFalse();

        mvc.perform(post("/admin/invitation")
                        .cookie(session)
                        .with(csrf())
                        .param("nom", " Mme Durand ")
                        .param("motDePasse", "un mot de passe assez long")
                        .param("confirmation", "un mot de passe assez long"))
                .andExpect(redirectedUrl("/admin/connexion?invitation"));
        assertThat(users.exists(email)).isTrue();
    }
}
