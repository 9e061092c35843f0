package fr.monenfantalecole.portail.search;

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
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
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
    Fixtures fixtures;

    /** The collectivité searched; another one, of the test too, where what must not leak is looked for. */
    @OwnCommune
    World w;

    @Autowired
    SearchService search;

    @Autowired
    Actualites actualites;

    @Test
    void theJsonEndpointRanksTheRightSheetFirstWithItsCatalogueId() throws Exception {
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche")
                        .param("q", "cantine prix")
                        .param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].kind").value("fiche"))
                .andExpect(jsonPath("$.results[0].id").value("CAN-004"))
                .andExpect(jsonPath("$.results[0].title").value("Combien coûte un repas à la cantine ?"))
                .andExpect(jsonPath("$.results[0].url")
                        .value(containsString("/" + w.slug() + "/questions/cantine/CAN-004-")))
                .andExpect(jsonPath("$.results[0].excerpt").value(containsString("<mark>")))
                .andExpect(jsonPath("$.results.length()").value(5));
        mvc.perform(get("/api/v1/atlantis/recherche").param("q", "cantine")).andExpect(status().isNotFound());
    }

    @Test
    void aHiddenNationalSheetNeverAppearsForThatCollectivite() throws Exception {
        try (var other = fixtures.commune()) {
            mvc.perform(post("/admin/" + w.slug() + "/questions/SEC-003/masquer")
                            .with(csrf())
                            .with(w.admin().mvc()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/api/v1/" + w.slug() + "/recherche")
                            .param("q", "3018")
                            .param("limit", "50"))
                    .andExpect(jsonPath("$.results[*].id", not(hasItem("SEC-003"))));
            mvc.perform(get("/api/v1/" + other.slug() + "/recherche")
                            .param("q", "3018")
                            .param("limit", "50"))
                    .andExpect(jsonPath("$.results[*].id", hasItem("SEC-003")));
        }
    }

    @Test
    void anotherCollectivitesNewsAndLocalSheetsNeverAppear() throws Exception {
        try (var other = fixtures.commune()) {
            newsAndLocalSheetsStayHome(other);
        }
    }

    private void newsAndLocalSheetsStayHome(World other) throws Exception {
        long id = actualites.create(
                w.id(),
                "Kermesse printanière du test",
                "La kermesse.",
                "Texte de la kermesse.",
                LocalDate.now().minusDays(1),
                null);
        search.rebuildNow();
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "kermesse printanière"))
                .andExpect(jsonPath("$.results[0].id").value("A" + id))
                .andExpect(jsonPath("$.results[0].kind").value("actualite"));
        mvc.perform(get("/api/v1/" + other.slug() + "/recherche").param("q", "kermesse printanière"))
                .andExpect(jsonPath("$.results[*].id", not(hasItem("A" + id))));
    }

    @Test
    void aPublishedChangeReachesTheIndexWithoutARestart() throws Exception {
        try (var other = fixtures.commune()) {
            aPublishedLocalSheetIsFoundAtHomeOnly(other);
        }
    }

    private void aPublishedLocalSheetIsFoundAtHomeOnly(World other) throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/questions/locales/nouvelle")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Où trouver la ludothèque municipale zébulon ?")
                        .param("theme", "centre-de-loisirs")
                        .param("niveau", "tous")
                        .param("bref", "Au centre-ville.")
                        .param("detail", "Ouverte le mercredi.")
                        .param("publiee", "true"))
                .andExpect(status().is3xxRedirection());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> mvc.perform(
                                get("/api/v1/" + w.slug() + "/recherche").param("q", "ludotheque zebulon"))
                        .andExpect(
                                jsonPath("$.results[0].title").value("Où trouver la ludothèque municipale zébulon ?")));
        mvc.perform(get("/api/v1/" + other.slug() + "/recherche").param("q", "ludotheque zebulon"))
                .andExpect(jsonPath("$.count").value(0));
    }

    @Test
    void theResultsPageGroupsByKindAndHighlights() throws Exception {
        var school = w.school("École primaire publique Jeanne Barret");
        search.rebuildNow();
        mvc.perform(get("/" + w.slug() + "/recherche").param("q", "ecole jeanne barret inscription"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"g-fiche\">Questions-réponses</h2>")))
                .andExpect(content().string(containsString("<h2 id=\"g-etablissement\">Écoles</h2>")))
                .andExpect(content().string(containsString("href=\"/" + w.slug() + "/ecoles/" + school.uai() + "\"")))
                .andExpect(content().string(containsString("<mark>")));
    }

    @Test
    void noResultIsNeverADeadEnd() throws Exception {
        // The correction shown is the one the results were searched with.
        mvc.perform(get("/" + w.slug() + "/recherche").param("q", "inscripsion"))
                .andExpect(content().string(containsString("Orthographe corrigée : résultats pour")))
                .andExpect(content().string(containsString("?q=inscription\">inscription</a>")))
                .andExpect(content().string(containsString("<h2 id=\"g-fiche\">")));
        mvc.perform(get("/" + w.slug() + "/recherche").param("q", "cantine"))
                .andExpect(content().string(not(containsString("Orthographe corrigée"))));
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "inscripsion"))
                .andExpect(jsonPath("$.count").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.suggestion").doesNotExist());
        mvc.perform(get("/" + w.slug() + "/recherche").param("q", "xylophone quantique"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun résultat")))
                .andExpect(content().string(containsString("Parcourez les thèmes")))
                .andExpect(content().string(containsString("Posez votre question à " + w.nom())));
    }

    @Test
    void aQuestionNoSheetAnswersSaysSoAboveTheClosestSheets() throws Exception {
        mvc.perform(get("/" + w.slug() + "/recherche").param("q", "horaires de la dechetterie"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune fiche ne répond exactement à cette question")))
                .andExpect(content().string(containsString("<ol class=\"results\">")));
        mvc.perform(get("/" + w.slug() + "/recherche").param("q", "cantine prix"))
                .andExpect(content().string(not(containsString("Aucune fiche ne répond exactement"))));
    }

    @Test
    void suggestionsStartAtTwoCharactersAndStayInTheCollectivite() throws Exception {
        mvc.perform(get("/api/v1/" + w.slug() + "/suggestions").param("q", "c"))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/" + w.slug() + "/suggestions").param("q", "cant"))
                .andExpect(jsonPath("$[0].title").value(containsString("antine")))
                .andExpect(jsonPath("$[0].url").value(containsString("/" + w.slug() + "/questions/")));
        mvc.perform(get("/api/v1/" + w.slug() + "/suggestions")
                        .param("q", "cant")
                        .param("base", "host"))
                .andExpect(jsonPath("$[0].url").value(org.hamcrest.Matchers.startsWith("/questions/")));
    }
}
