package fr.monenfantalecole.portail.sector;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo portals answer from the official collèges file (and Fougères's demo école sectors). */
@PortailTest
class CarteScolaireIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void fougeresGivesTheEcolesAndTheCollegeOfAnAddress() throws Exception {
        mvc.perform(get("/api/v1/fougeres/carte-scolaire").param("adresse", "12 bd de Groslay 35300 Fougères"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adresse_normalisee").value("12 Boulevard de Groslay, 35300 Fougères"))
                .andExpect(jsonPath("$.resultats[?(@.niveau == 'college')].uai").value(hasItem("0350967L")))
                .andExpect(
                        jsonPath("$.resultats[?(@.niveau == 'college')].nom").value(hasItem("Collège Mahatma Gandhi")))
                .andExpect(jsonPath("$.resultats[?(@.niveau == 'maternelle')]").isNotEmpty())
                .andExpect(jsonPath("$.resultats[?(@.niveau == 'elementaire')]").isNotEmpty())
                .andExpect(jsonPath("$.resultats[0].regle").value("Boulevard de Groslay, numéros pairs de 2 à 22"))
                .andExpect(jsonPath("$.suggestions").isEmpty());
    }

    @Test
    void theLevelFilterAndTheOfficialRulesOfEachDemoCommune() throws Exception {
        mvc.perform(get("/api/v1/fougeres/carte-scolaire")
                        .param("adresse", "30 boulevard de groslay")
                        .param("niveau", "college"))
                .andExpect(jsonPath("$.resultats.length()").value(1))
                .andExpect(jsonPath("$.resultats[0].uai").value("0350762N"));
        mvc.perform(get("/api/v1/vitre/carte-scolaire")
                        .param("adresse", "10 rue Sainte-Croix, Vitré")
                        .param("niveau", "college"))
                .andExpect(jsonPath("$.resultats[0].uai").value("0351909K"));
        mvc.perform(get("/api/v1/rennes/carte-scolaire")
                        .param("adresse", "12 rue Marie de France 35000 Rennes")
                        .param("niveau", "college"))
                .andExpect(jsonPath("$.resultats.length()").value(3));
    }

    @Test
    void uncoveredAddressesAndUnknownStreetsSaySoAndNeverGuess() throws Exception {
        mvc.perform(get("/api/v1/fougeres/carte-scolaire")
                        .param("adresse", "17 boulevard de Groslay")
                        .param("niveau", "college"))
                .andExpect(jsonPath("$.resultats").isEmpty())
                .andExpect(jsonPath("$.message").value(containsString("Aucune règle")));
        // "Pontel" is one letter from both "Pointel" and "Poncel": the parent chooses.
        mvc.perform(get("/api/v1/saint-malo/carte-scolaire").param("adresse", "22 du Pontel 35400"))
                .andExpect(jsonPath("$.resultats").isEmpty())
                .andExpect(jsonPath("$.suggestions").value(hasItem("Rue du Pointel, Saint-Malo")))
                .andExpect(jsonPath("$.suggestions").value(hasItem("Place du Poncel, Saint-Malo")));
    }

    @Test
    void aPortalAnswersOnlyForItsOwnTerritory() throws Exception {
        mvc.perform(get("/api/v1/vitre/carte-scolaire").param("adresse", "12 bd de Groslay 35300 Fougères"))
                .andExpect(jsonPath("$.resultats").isEmpty());
        mvc.perform(get("/api/v1/atlantis/carte-scolaire").param("adresse", "12 bd de Groslay"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fougeres/carte-scolaire")
                        .param("adresse", "12 bd de Groslay")
                        .param("niveau", "lycee"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theLookupPageShowsTheSchoolsWithLinksAndNextSteps() throws Exception {
        mvc.perform(get("/fougeres/services/carte-scolaire").param("adresse", "12 bd de Groslay"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Collège Mahatma Gandhi")))
                .andExpect(content().string(containsString("href=\"/fougeres/ecoles/0350967L\"")))
                .andExpect(content().string(containsString("Comment inscrire mon enfant")));
        mvc.perform(get("/api/v1/rennes/carte-scolaire/voies").param("q", "marie de fr"))
                .andExpect(jsonPath("$").value(hasItem("Rue Marie de France, Rennes")));
    }
}
