package fr.monenfantalecole.portail.service;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortailTest
class QuotientIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aParentGetsTheQuotientWithEachStepExplained() throws Exception {
        mvc.perform(post("/fougeres/services/quotient-familial")
                        .with(csrf())
                        .param("methode", "caf")
                        .param("revenus", "36 000")
                        .param("prestations", "140")
                        .param("adultes", "2")
                        .param("enfants", "2")
                        .param("enfantsHandicapes", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre quotient familial : 1 046,67 €")))
                .andExpect(content().string(containsString("= 3 parts")));
    }

    @Test
    void wrongInputIsExplainedAndKept() throws Exception {
        mvc.perform(post("/fougeres/services/quotient-familial")
                        .with(csrf())
                        .param("revenus", "beaucoup")
                        .param("prestations", "0")
                        .param("adultes", "2")
                        .param("enfants", "1")
                        .param("enfantsHandicapes", "3"))
                .andExpect(content().string(containsString("Indiquez un montant en euros")))
                .andExpect(content().string(containsString("ne peut pas dépasser le nombre d'enfants")))
                .andExpect(content().string(containsString("value=\"beaucoup\"")));
        mvc.perform(get("/fougeres/services/quotient-familial")).andExpect(status().isOk());
    }

    @Test
    void theJsonEndpointComputesBothWays() throws Exception {
        mvc.perform(get("/api/v1/rennes/quotient-familial")
                        .param("revenus", "36000")
                        .param("prestations", "140")
                        .param("adultes", "2")
                        .param("enfants", "2"))
                .andExpect(jsonPath("$.methode").value("caf"))
                .andExpect(jsonPath("$.quotient").value(1046.67))
                .andExpect(jsonPath("$.quotient_centimes").value(104667))
                .andExpect(jsonPath("$.parts").value(3))
                .andExpect(jsonPath("$.etapes.length()").value(4))
                // Rennes' demo canteen price is a taux d'effort of 0,36 %: 1 046,67 × 0,36 % = 3,77 €.
                .andExpect(jsonPath("$.tarifs[0].service").value("Restauration scolaire"))
                .andExpect(jsonPath("$.tarifs[0].prix_centimes").value(377));
        mvc.perform(get("/api/v1/rennes/quotient-familial")
                        .param("revenus", "36000")
                        .param("adultes", "2")
                        .param("enfants", "2")
                        .param("methode", "dgfip"))
                .andExpect(jsonPath("$.quotient").value(1000.0));
        mvc.perform(get("/api/v1/rennes/quotient-familial").param("revenus", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("montant en euros")));
        mvc.perform(get("/api/v1/atlantis/quotient-familial")).andExpect(status().isNotFound());
    }
}
