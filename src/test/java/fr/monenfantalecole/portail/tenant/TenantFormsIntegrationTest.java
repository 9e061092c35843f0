package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.FieldMessages;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The collectivité's forms (identity, a new collectivité, integration), checked by Bean Validation
 * and each form's check(): every French message next to its field, what was typed kept.
 */
@PortailTest
class TenantFormsIntegrationTest {

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theIdentityFormSaysWhatIsWrongNextToEachField() throws Exception {
        String page = refused(post("/admin/" + w.slug() + "/identite")
                .with(w.admin().mvc())
                .param("nom", "  ")
                .param("siren", "213 501 159")
                .param("academie", "")
                .param("zoneVacances", "D")
                .param("siteWeb", "http://www.essai.fr")
                .param("piedDePage", "P".repeat(501))
                .param("hosts", "ecoles.essai.fr\necoles_essai.fr"));
        assertThat(FieldMessages.of(page, "nom"))
                .isEqualTo("Indiquez le nom de la collectivité, tel que les familles le connaissent.");
        assertThat(FieldMessages.of(page, "siren"))
                .isEqualTo("Le SIREN compte 9 chiffres et sa clé doit être juste (par exemple 213501158).");
        assertThat(FieldMessages.of(page, "academie")).isEqualTo("Indiquez l'académie (par exemple Rennes).");
        assertThat(FieldMessages.of(page, "zoneVacances"))
                .isEqualTo("Choisissez la zone de vacances scolaires : A, B ou C.");
        assertThat(FieldMessages.of(page, "siteWeb"))
                .isEqualTo("L'adresse du site doit commencer par https:// (par exemple https://www.fougeres.fr).");
        assertThat(FieldMessages.of(page, "piedDePage"))
                .isEqualTo("Le texte du pied de page est trop long : 500 caractères au plus.");
        assertThat(FieldMessages.of(page, "hosts"))
                .isEqualTo("« ecoles_essai.fr » n'est pas un nom de domaine valide (par exemple ecoles.fougeres.fr).");
        assertThat(page).contains("213 501 159").contains("http://www.essai.fr").contains("ecoles_essai.fr");

        page = refused(post("/admin/" + w.slug() + "/identite")
                .with(w.admin().mvc())
                .param("nom", "N".repeat(121))
                .param("academie", "Rennes")
                .param("zoneVacances", "B")
                .param("hosts", "a.essai.fr b.essai.fr c.essai.fr d.essai.fr e.essai.fr f.essai.fr"));
        assertThat(FieldMessages.of(page, "nom")).isEqualTo("Le nom est trop long : 120 caractères au plus.");
        assertThat(FieldMessages.of(page, "hosts")).isEqualTo("Indiquez au plus 5 noms de domaine.");
        assertThat(collectivites.findBySlug(w.slug()).orElseThrow().nom()).doesNotStartWith("NNN");
    }

    @Test
    void theNewCollectiviteFormSaysWhatIsWrongNextToEachField() throws Exception {
        String page = refused(post("/admin/collectivites/nouvelle")
                .with(w.platform().mvc())
                .param("type", "VILLE")
                .param("nom", "")
                .param("slug", "Pas Bon")
                .param("siren", "12")
                .param("academie", " ")
                .param("zoneVacances", "")
                .param("parentId", "999999999"));
        assertThat(FieldMessages.of(page, "type"))
                .isEqualTo("Choisissez le type : commune, intercommunalité ou département.");
        assertThat(FieldMessages.of(page, "nom")).isEqualTo("Indiquez le nom de la collectivité.");
        assertThat(FieldMessages.of(page, "slug"))
                .isEqualTo("L'adresse du portail s'écrit en minuscules sans accents, avec des tirets "
                        + "(par exemple saint-malo).");
        assertThat(FieldMessages.of(page, "siren"))
                .isEqualTo("Le SIREN compte 9 chiffres et sa clé doit être juste (par exemple 213501158).");
        assertThat(FieldMessages.of(page, "academie")).isEqualTo("Indiquez l'académie (par exemple Rennes).");
        assertThat(FieldMessages.of(page, "zoneVacances"))
                .isEqualTo("Choisissez la zone de vacances scolaires : A, B ou C.");
        assertThat(FieldMessages.of(page, "parentId"))
                .isEqualTo("La collectivité de rattachement choisie n'existe pas.");

        page = refused(post("/admin/collectivites/nouvelle")
                .with(w.platform().mvc())
                .param("type", "DEPARTEMENT")
                .param("nom", w.nom())
                .param("codeInsee", "351")
                .param("academie", "Rennes")
                .param("zoneVacances", "B"));
        assertThat(FieldMessages.of(page, "slug"))
                .isEqualTo("L'adresse « " + w.slug() + " » est déjà celle d'une autre collectivité.");
        assertThat(FieldMessages.of(page, "codeInsee"))
                .isEqualTo("Le code d'un département compte 2 ou 3 caractères (par exemple 35, 2A ou 974).");

        page = refused(post("/admin/collectivites/nouvelle")
                .with(w.platform().mvc())
                .param("type", "EPCI")
                .param("nom", "Roche aux Fées Communauté")
                .param("academie", "Rennes")
                .param("zoneVacances", "B")
                .param("communes", " \n"));
        assertThat(FieldMessages.of(page, "communes"))
                .isEqualTo("Indiquez au moins une commune membre : ses écoles seront présentées sur le portail.");
        assertThat(collectivites.findBySlug("roche-aux-fees-communaute")).isEmpty();
    }

    @Test
    void theIntegrationFormSaysWhatIsWrongNextToEachField() throws Exception {
        String page = refused(post("/admin/" + w.slug() + "/integration")
                .with(w.admin().mvc())
                .param("origines", "https://www.essai.fr\nftp://www.essai.fr/ecoles")
                .param("urlBase", "https://autre.example/ecoles")
                .param("credit", "C".repeat(161)));
        assertThat(FieldMessages.of(page, "origines"))
                .isEqualTo("Indiquez l'adresse de chaque site sous la forme https://www.ville.fr, sans chemin : "
                        + "ligne 2 (« ftp://www.essai.fr/ecoles »).");
        assertThat(FieldMessages.of(page, "urlBase"))
                .isEqualTo("Cette page est sur https://autre.example, qui n'est pas dans la liste des sites "
                        + "autorisés : ajoutez-le ci-dessus.");
        assertThat(FieldMessages.of(page, "credit")).isEqualTo("La mention fait au plus 160 caractères.");
        assertThat(page).contains("ftp://www.essai.fr/ecoles").contains("C".repeat(161));

        page = refused(post("/admin/" + w.slug() + "/integration")
                .with(w.admin().mvc())
                .param("origines", "ftp://x")
                .param("zones", "agenda")
                .param("urlBase", "pas une adresse"));
        assertThat(FieldMessages.of(page, "origines"))
                .isEqualTo("Indiquez au moins le site qui affichera le portail, par exemple https://www.ville.fr.");
        assertThat(FieldMessages.of(page, "urlBase"))
                .isEqualTo("Indiquez l'adresse complète de la page de votre site qui accueille le portail, "
                        + "par exemple https://www.ville.fr/ecoles.");
    }
}
