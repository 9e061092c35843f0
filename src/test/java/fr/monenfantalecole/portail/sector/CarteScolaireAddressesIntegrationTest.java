package fr.monenfantalecole.portail.sector;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Addresses as parents type them (issue 18), through the JSON endpoint and the public page. */
@PortailTest
class CarteScolaireAddressesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theEndpointReadsAFlatAMisspeltTypeAndANumberAfterTheStreet() throws Exception {
        mvc.perform(get("/api/v1/fougeres/carte-scolaire")
                        .param("adresse", "Appt 4, bât. B, 12 boulvard de Groslay, 35300 Fougères"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adresse_normalisee").value("12 Boulevard de Groslay, 35300 Fougères"))
                .andExpect(jsonPath("$.resultats[?(@.niveau == 'college')].uai").value(hasItem("0350967L")))
                .andExpect(jsonPath("$.resultats[?(@.niveau == 'maternelle')]").isNotEmpty())
                .andExpect(jsonPath("$.suggestions").isEmpty());
        mvc.perform(get("/api/v1/fougeres/carte-scolaire")
                        .param("adresse", "rue de Vitré 12, 2e étage")
                        .param("niveau", "college"))
                .andExpect(jsonPath("$.resultats.length()").value(1))
                .andExpect(jsonPath("$.resultats[0].uai").value("0350762N"));
    }

    @Test
    void theEndpointOffersTwoCloseStreetsInsteadOfPickingOne() throws Exception {
        mvc.perform(get("/api/v1/fougeres/carte-scolaire")
                        .param("adresse", "bât B, 2 rue de Vibre")
                        .param("niveau", "college"))
                .andExpect(jsonPath("$.resultats").isEmpty())
                .andExpect(jsonPath("$.suggestions").value(hasItem("Rue de Vire, Fougères")))
                .andExpect(jsonPath("$.suggestions").value(hasItem("Rue de Vitre, Fougères")));
    }

    @Test
    void thePageAnswersAnAddressWithAComplementAndAsksWhenTwoStreetsAreClose() throws Exception {
        mvc.perform(get("/fougeres/services/carte-scolaire")
                        .param("adresse", "chez Mme Morvan, appt 3, bd de Groslay 12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Collège Mahatma Gandhi")))
                .andExpect(content().string(not(containsString("Voulez-vous dire"))));
        mvc.perform(get("/fougeres/services/carte-scolaire").param("adresse", "2 rue de Vibre, 3e étage"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voulez-vous dire")))
                .andExpect(content().string(containsString("Rue de Vire, Fougères")))
                .andExpect(content().string(containsString("Rue de Vitre, Fougères")));
    }
}
