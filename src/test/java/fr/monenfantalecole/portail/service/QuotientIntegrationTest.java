package fr.monenfantalecole.portail.service;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortailTest
class QuotientIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Prestations prestations;

    /** The portal whose calculator is used; {@link #effort()} gives it a cantine priced by taux d'effort. */
    @OwnCommune
    World w;

    private void effort() {
        TestGrids.effort(prestations, w.id());
    }

    @Test
    void aParentGetsTheQuotientWithEachStepExplained() throws Exception {
        mvc.perform(post("/" + w.slug() + "/services/quotient-familial")
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
        mvc.perform(post("/" + w.slug() + "/services/quotient-familial")
                        .with(csrf())
                        .param("revenus", "beaucoup")
                        .param("prestations", "0")
                        .param("adultes", "2")
                        .param("enfants", "1")
                        .param("enfantsHandicapes", "3"))
                .andExpect(content().string(containsString("Indiquez un montant en euros")))
                .andExpect(content().string(containsString("ne peut pas dépasser le nombre d'enfants")))
                .andExpect(content().string(containsString("value=\"beaucoup\"")));
        mvc.perform(get("/" + w.slug() + "/services/quotient-familial")).andExpect(status().isOk());
    }

    /** The tariff API's faults, word for word as its clients have always read them (one fault at a time, qf first). */
    @Test
    void theTariffApiRefusesABadQuotientOrRankWithTheSameWords() throws Exception {
        String qf = "Le quotient est un montant en euros, par exemple 850 ou 850.50.";
        String rang = "Le rang de l'enfant va de 1 à 20.";
        mvc.perform(get("/api/v1/" + w.slug() + "/tarifs").param("qf", "beaucoup"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(qf))
                .andExpect(jsonPath("$.champs.length()").value(1))
                .andExpect(jsonPath("$.champs.qf").value(qf));
        for (String bad : new String[] {"0", "21", "-3"}) {
            mvc.perform(get("/api/v1/" + w.slug() + "/tarifs")
                            .param("qf", "850,50")
                            .param("rang", bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.erreur").value(rang))
                    .andExpect(jsonPath("$.champs.length()").value(1))
                    .andExpect(jsonPath("$.champs.rang").value(rang));
        }
        mvc.perform(get("/api/v1/" + w.slug() + "/tarifs").param("qf", "x").param("rang", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(qf))
                .andExpect(jsonPath("$.champs.length()").value(1))
                .andExpect(jsonPath("$.champs.qf").value(qf));
        mvc.perform(get("/api/v1/" + w.slug() + "/tarifs").param("rang", "deux"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value("Paramètre illisible : rang."));
        mvc.perform(get("/api/v1/" + w.slug() + "/tarifs").param("qf", "850.50").param("rang", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quotient_centimes").value(85050));
        mvc.perform(get("/api/v1/" + w.slug() + "/tarifs").param("qf", " ").param("rang", "1"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/atlantis/tarifs").param("qf", "x")).andExpect(status().isNotFound());
    }

    @Test
    void theJsonEndpointComputesBothWays() throws Exception {
        effort();
        mvc.perform(get("/api/v1/" + w.slug() + "/quotient-familial")
                        .param("revenus", "36000")
                        .param("prestations", "140")
                        .param("adultes", "2")
                        .param("enfants", "2"))
                .andExpect(jsonPath("$.methode").value("caf"))
                .andExpect(jsonPath("$.quotient").value(1046.67))
                .andExpect(jsonPath("$.quotient_centimes").value(104667))
                .andExpect(jsonPath("$.parts").value(3))
                .andExpect(jsonPath("$.etapes.length()").value(4))
                // The canteen price is a taux d'effort of 0,36 %: 1 046,67 × 0,36 % = 3,77 €.
                .andExpect(jsonPath("$.tarifs[0].service").value("Restauration scolaire"))
                .andExpect(jsonPath("$.tarifs[0].prix_centimes").value(377));
        mvc.perform(get("/api/v1/" + w.slug() + "/quotient-familial")
                        .param("revenus", "36000")
                        .param("adultes", "2")
                        .param("enfants", "2")
                        .param("methode", "dgfip"))
                .andExpect(jsonPath("$.quotient").value(1000.0));
        mvc.perform(get("/api/v1/" + w.slug() + "/quotient-familial").param("revenus", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("montant en euros")));
        // An unknown method is the JSON error advice's 400, its French message next to the parameter.
        mvc.perform(get("/api/v1/" + w.slug() + "/quotient-familial")
                        .param("revenus", "36000")
                        .param("methode", "msa"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.champs.methode").value("La méthode est caf ou dgfip."));
        mvc.perform(get("/api/v1/" + w.slug() + "/quotient-familial")
                        .param("revenus", "36000")
                        .param("methode", "DGFIP"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/atlantis/quotient-familial")).andExpect(status().isNotFound());
    }

    @Test
    void anEmptyFormIsRefusedNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/" + w.slug() + "/services/quotient-familial")
                        .with(csrf())
                        .param("source", "calcul")
                        .param("revenus", "")
                        .param("prestations", "140")
                        .param("adultes", "1")
                        .param("enfants", "3")
                        .param("enfantsHandicapes", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"revenus-erreur\"")))
                .andExpect(content().string(containsString("Indiquez les revenus du foyer")))
                .andExpect(content().string(containsString("value=\"140\"")))
                .andExpect(content().string(containsString("value=\"3\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Votre quotient familial :"))));
        mvc.perform(get("/api/v1/" + w.slug() + "/quotient-familial").param("enfants", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.champs.revenus").value(containsString("Indiquez les revenus")));
    }

    @Test
    void theParentSaysWhichPeriodAndAFigureThatLooksMonthlyIsQuestioned() throws Exception {
        mvc.perform(post("/" + w.slug() + "/services/quotient-familial")
                        .with(csrf())
                        .param("source", "calcul")
                        .param("revenus", "2 800")
                        .param("periode", "mensuel")
                        .param("prestations", "0")
                        .param("adultes", "2")
                        .param("enfants", "2")
                        .param("enfantsHandicapes", "0"))
                .andExpect(content().string(containsString("Votre quotient familial : 933,33 €")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Vérifiez vos montants"))));
        mvc.perform(post("/" + w.slug() + "/services/quotient-familial")
                        .with(csrf())
                        .param("source", "calcul")
                        .param("revenus", "2 800")
                        .param("prestations", "0")
                        .param("adultes", "2")
                        .param("enfants", "2")
                        .param("enfantsHandicapes", "0"))
                .andExpect(content().string(containsString("Votre quotient familial : 77,78 €")))
                .andExpect(content().string(containsString("Vérifiez vos montants")))
                .andExpect(content().string(containsString("votre quotient serait de 933,33 €")));
        mvc.perform(get("/api/v1/" + w.slug() + "/quotient-familial")
                        .param("revenus", "2800")
                        .param("periode", "mensuel")
                        .param("enfants", "2"))
                .andExpect(jsonPath("$.periode").value("mensuel"))
                .andExpect(jsonPath("$.quotient_centimes").value(93333))
                .andExpect(jsonPath("$.avertissements.length()").value(0));
        mvc.perform(get("/api/v1/" + w.slug() + "/quotient-familial")
                        .param("revenus", "2800")
                        .param("enfants", "2"))
                .andExpect(jsonPath("$.avertissements[0]").value(containsString("par mois")));
        mvc.perform(get("/api/v1/" + w.slug() + "/quotient-familial")
                        .param("revenus", "2800")
                        .param("periode", "semaine"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.champs.periode").exists());
    }

    @Test
    void theCollectiviteSetsItsMethodAndTheCalculatorComputesItFirst() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/tarifs/methode-quotient")
                        .with(w.admin().mvc())
                        .with(csrf())
                        .param("methode", "DGFIP"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/" + w.slug() + "/tarifs").with(w.admin().mvc()))
                .andExpect(content().string(containsString("value=\"DGFIP\" checked")));
        mvc.perform(post("/" + w.slug() + "/services/quotient-familial")
                        .with(csrf())
                        .param("source", "calcul")
                        .param("revenus", "36000")
                        .param("prestations", "140")
                        .param("adultes", "2")
                        .param("enfants", "2")
                        .param("enfantsHandicapes", "0"))
                .andExpect(content().string(containsString("calcule le quotient comme les impôts")))
                .andExpect(content().string(containsString("Votre quotient familial : 1 000,00 €")))
                .andExpect(content().string(containsString("Pour information, comme la CAF : 1 046,67 €")));
        mvc.perform(get("/api/v1/" + w.slug() + "/quotient-familial")
                        .param("revenus", "36000")
                        .param("prestations", "140")
                        .param("enfants", "2"))
                .andExpect(jsonPath("$.methode").value("dgfip"))
                .andExpect(jsonPath("$.methode_collectivite").value("dgfip"))
                .andExpect(jsonPath("$.quotient_centimes").value(100000))
                .andExpect(jsonPath("$.autre_methode.methode").value("caf"))
                .andExpect(jsonPath("$.autre_methode.quotient_centimes").value(104667));
        // Another collectivité's agent cannot change it.
        try (var other = fixtures.commune()) {
            mvc.perform(post("/admin/" + w.slug() + "/tarifs/methode-quotient")
                            .with(other.admin().mvc())
                            .with(csrf())
                            .param("methode", "CAF"))
                    .andExpect(status().isNotFound());
        }
    }
}
