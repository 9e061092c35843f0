package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mairie's forms on school pages say in French what to fix, with their own words (not the
 * generic "Ce champ est obligatoire."), and refuse without writing anything.
 */
@PortailTest
class SchoolPagesFormsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Rubriques rubriques;

    @OwnCommune
    World w;

    @Test
    void aRubriqueNeedsATitleOfAtMostEightyCharactersAndAShortHelp() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/rubriques/ajouter")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "   ")
                        .param("aide", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("erreur", "Donnez un titre de 1 à 80 caractères."));
        mvc.perform(post("/admin/" + w.slug() + "/rubriques/ajouter")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Cantine")
                        .param("aide", "x".repeat(501)))
                .andExpect(flash().attribute("erreur", "L'aide pour les directeurs tient en 500 caractères au plus."));
    }

    @Test
    void aStructureSaysNextToEachFieldWhatIsMissing() throws Exception {
        String page = mvc.perform(post("/admin/" + w.slug() + "/structures")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("nom", "")
                        .param("nature", "PISCINE")
                        .param("adresse", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Donnez le nom de la structure (150 caractères au plus).")
                .contains("Choisissez le type de structure.")
                .containsAnyOf(
                        "Donnez l'adresse (300 caractères au plus).", "Donnez l&#39;adresse (300 caractères au plus).")
                .doesNotContain("Ce champ est obligatoire.");
    }

    @Test
    void anInvitationNeedsAnAddressAndAnUpdateRequestAMessageAndAComingDeadline() throws Exception {
        // Update requests are about the school pages' rubriques: the commune has chosen them.
        String school = TestSchoolPages.create(w, "Ecole primaire publique Odile Gautry", rubriques)
                .uai();
        mvc.perform(post("/admin/" + w.slug() + "/pages-ecoles/" + school + "/inviter")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("email", "pas-une-adresse"))
                .andExpect(flash().attribute(
                                "erreur",
                                "Saisissez l'adresse électronique du directeur ou de la directrice, "
                                        + "par exemple ce.0350001a@ac-rennes.fr."));
        mvc.perform(post("/admin/" + w.slug() + "/pages-ecoles/" + school + "/demander")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("message", "")
                        .param("echeance", "01/01/2099"))
                .andExpect(flash().attribute(
                                "erreur", "Écrivez ce que l'école doit mettre à jour (1000 caractères au plus)."));
        mvc.perform(post("/admin/" + w.slug() + "/pages-ecoles/" + school + "/demander")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("message", "Les horaires de la rentrée")
                        .param("echeance", "01/01/2000"))
                .andExpect(flash().attribute("erreur", "Donnez une échéance à venir, au format JJ/MM/AAAA."));
    }
}
