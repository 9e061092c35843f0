package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Search as each collectivité shows it, through the page and the public JSON endpoint. */
@PortailTest
class SearchIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    SearchService search;

    @Autowired
    Actualites actualites;

    @Autowired
    Collectivites collectivites;

    @Test
    void theJsonEndpointRanksTheRightSheetFirstWithItsCatalogueId() throws Exception {
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "cantine prix").param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].kind").value("fiche"))
                .andExpect(jsonPath("$.results[0].id").value("CAN-004"))
                .andExpect(jsonPath("$.results[0].title").value("Combien coûte un repas à la cantine ?"))
                .andExpect(jsonPath("$.results[0].url").value(containsString("/fougeres/questions/cantine/CAN-004-")))
                .andExpect(jsonPath("$.results[0].excerpt").value(containsString("<mark>")))
                .andExpect(jsonPath("$.results.length()").value(5));
        mvc.perform(get("/api/v1/atlantis/recherche").param("q", "cantine")).andExpect(status().isNotFound());
    }

    @Test
    void aHiddenNationalSheetNeverAppearsForThatCollectivite() throws Exception {
        mvc.perform(post("/admin/saint-malo/questions/SEC-003/masquer")
                        .with(csrf())
                        .with(staff.admin("saint-malo")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/saint-malo/recherche").param("q", "3018").param("limit", "50"))
                .andExpect(jsonPath("$.results[*].id", not(hasItem("SEC-003"))));
        mvc.perform(get("/api/v1/rennes/recherche").param("q", "3018").param("limit", "50"))
                .andExpect(jsonPath("$.results[*].id", hasItem("SEC-003")));
        mvc.perform(post("/admin/saint-malo/questions/SEC-003/afficher")
                .with(csrf())
                .with(staff.admin("saint-malo")));
    }

    @Test
    void anotherCollectivitesNewsAndLocalSheetsNeverAppear() throws Exception {
        long vitre = collectivites.findBySlug("vitre").orElseThrow().id();
        long id = actualites.create(
                vitre,
                "Kermesse vitréenne du test",
                "La kermesse.",
                "Texte de la kermesse.",
                LocalDate.now().minusDays(1),
                null);
        search.rebuildNow();
        mvc.perform(get("/api/v1/vitre/recherche").param("q", "kermesse vitréenne"))
                .andExpect(jsonPath("$.results[0].id").value("A" + id))
                .andExpect(jsonPath("$.results[0].kind").value("actualite"));
        mvc.perform(get("/api/v1/rennes/recherche").param("q", "kermesse vitréenne"))
                .andExpect(jsonPath("$.results[*].id", not(hasItem("A" + id))));
    }

    @Test
    void aPublishedChangeReachesTheIndexWithoutARestart() throws Exception {
        long rennes = collectivites.findBySlug("rennes").orElseThrow().id();
        mvc.perform(post("/admin/rennes/questions/locales/nouvelle")
                        .with(csrf())
                        .with(staff.admin("rennes"))
                        .param("titre", "Où trouver la ludothèque municipale zébulon ?")
                        .param("theme", "centre-de-loisirs")
                        .param("niveau", "tous")
                        .param("bref", "Au centre-ville.")
                        .param("detail", "Ouverte le mercredi.")
                        .param("publiee", "true"))
                .andExpect(status().is3xxRedirection());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> mvc.perform(get("/api/v1/rennes/recherche").param("q", "ludotheque zebulon"))
                        .andExpect(
                                jsonPath("$.results[0].title").value("Où trouver la ludothèque municipale zébulon ?")));
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "ludotheque zebulon"))
                .andExpect(jsonPath("$.count").value(0));
        assertThat(rennes).isPositive();
    }

    @Test
    void theResultsPageGroupsByKindAndHighlights() throws Exception {
        mvc.perform(get("/fougeres/recherche").param("q", "ecole odile gautry inscription"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"g-fiche\">Questions-réponses</h2>")))
                .andExpect(content().string(containsString("<h2 id=\"g-etablissement\">Écoles</h2>")))
                .andExpect(content().string(containsString("href=\"/fougeres/ecoles/0350256N\"")))
                .andExpect(content().string(containsString("<mark>")));
    }

    @Test
    void noResultIsNeverADeadEnd() throws Exception {
        // The correction shown is the one the results were searched with.
        mvc.perform(get("/fougeres/recherche").param("q", "inscripsion"))
                .andExpect(content().string(containsString("Orthographe corrigée : résultats pour")))
                .andExpect(content().string(containsString("?q=inscription\">inscription</a>")))
                .andExpect(content().string(containsString("<h2 id=\"g-fiche\">")));
        mvc.perform(get("/fougeres/recherche").param("q", "cantine"))
                .andExpect(content().string(not(containsString("Orthographe corrigée"))));
        mvc.perform(get("/api/v1/fougeres/recherche").param("q", "inscripsion"))
                .andExpect(jsonPath("$.count").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.suggestion").doesNotExist());
        mvc.perform(get("/fougeres/recherche").param("q", "xylophone quantique"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun résultat")))
                .andExpect(content().string(containsString("Parcourez les thèmes")))
                .andExpect(content().string(containsString("Posez votre question à Fougères")));
    }

    @Test
    void aQuestionNoSheetAnswersSaysSoAboveTheClosestSheets() throws Exception {
        mvc.perform(get("/fougeres/recherche").param("q", "horaires de la dechetterie"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune fiche ne répond exactement à cette question")))
                .andExpect(content().string(containsString("<ol class=\"results\">")));
        mvc.perform(get("/fougeres/recherche").param("q", "cantine prix"))
                .andExpect(content().string(not(containsString("Aucune fiche ne répond exactement"))));
    }

    @Test
    void suggestionsStartAtTwoCharactersAndStayInTheCollectivite() throws Exception {
        mvc.perform(get("/api/v1/fougeres/suggestions").param("q", "c"))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/fougeres/suggestions").param("q", "cant"))
                .andExpect(jsonPath("$[0].title").value(containsString("antine")))
                .andExpect(jsonPath("$[0].url").value(containsString("/fougeres/questions/")));
        mvc.perform(get("/api/v1/fougeres/suggestions").param("q", "cant").param("base", "host"))
                .andExpect(jsonPath("$[0].url").value(org.hamcrest.Matchers.startsWith("/questions/")));
    }
}
