package fr.monenfantalecole.portail.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Home texts follow the kind of collectivité and what it offers: no "bientôt", no "à Département". */
@PortailTest
class HomeTextsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aDepartementSpeaksOfCollegesInCorrectFrench() throws Exception {
        mvc.perform(get("/ille-et-vilaine/"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<h1>Mon enfant au collège avec le Département d'Ille-et-Vilaine</h1>")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "les services du Département d'Ille-et-Vilaine pour la scolarité de vos enfants, au collège.")))
                .andExpect(content().string(not(containsString("à Département"))))
                .andExpect(content().string(not(containsString("de la maternelle"))));
    }

    @Test
    void aCommuneAndAnIntercommunaliteSayWhatTheyPresent() throws Exception {
        mvc.perform(get("/fougeres/"))
                .andExpect(content().string(containsString("<h1>Mon enfant à l'école à Fougères</h1>")))
                .andExpect(content().string(containsString("de la maternelle au collège")));
        mvc.perform(get("/vitre/")).andExpect(content().string(containsString("à l'école maternelle et élémentaire")));
        mvc.perform(get("/fougeres-agglomeration/"))
                .andExpect(content().string(containsString("sur le territoire de Fougères Agglomération")));
    }

    @Test
    void noPortalAnnouncesAsComingWhatItAlreadyOffers() throws Exception {
        for (var slug :
                new String[] {"ille-et-vilaine", "fougeres-agglomeration", "fougeres", "rennes", "vitre", "saint-malo"
                }) {
            mvc.perform(get("/" + slug + "/"))
                    .andExpect(content().string(not(containsString("bientôt"))))
                    .andExpect(content().string(containsString("L'agenda scolaire")));
        }
        mvc.perform(get("/fougeres/")).andExpect(content().string(containsString("/fougeres/services/tarifs")));
    }

    @Test
    void namesTakeTheirArticle() {
        org.assertj.core.api.Assertions.assertThat(HomeWording.de("Acigné")).isEqualTo("d'Acigné");
        org.assertj.core.api.Assertions.assertThat(HomeWording.de("Rennes")).isEqualTo("de Rennes");
        org.assertj.core.api.Assertions.assertThat(HomeWording.de("Communauté de communes du Pays de Dol"))
                .isEqualTo("de la Communauté de communes du Pays de Dol");
    }
}
