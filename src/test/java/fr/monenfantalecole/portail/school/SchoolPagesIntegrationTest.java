package fr.monenfantalecole.portail.school;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What a parent sees of the schools, collectivité by collectivité. */
@PortailTest
class SchoolPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aCommuneListsItsPublicAndPrivateEcolesAndCollegesWhenItWantsThem() throws Exception {
        mvc.perform(get("/fougeres/ecoles"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ecole maternelle publique la Madeleine")))
                .andExpect(content().string(containsString("Ecole primaire privée Diwan")))
                .andExpect(content().string(containsString("Collège Thérèse Pierre")))
                .andExpect(content().string(not(containsString("Lycée Jean Guéhenno"))))
                .andExpect(content().string(not(containsString("IME DE PARON"))));
        mvc.perform(get("/vitre/ecoles")).andExpect(content().string(not(containsString("Collège"))));
    }

    @Test
    void filtersByLevelAndSector() throws Exception {
        mvc.perform(get("/fougeres/ecoles").param("niveau", "maternelle").param("secteur", "public"))
                .andExpect(content().string(containsString("Ecole maternelle publique Raoul II")))
                .andExpect(content().string(containsString("Ecole primaire publique Odile Gautry")))
                .andExpect(content().string(not(containsString("Ecole élémentaire publique la Chattière"))))
                .andExpect(content().string(not(containsString("Ecole primaire privée Diwan"))))
                .andExpect(content().string(containsString("établissements sur 17")));
        mvc.perform(get("/fougeres/ecoles").param("nom", "chattiere"))
                .andExpect(content().string(containsString("Ecole élémentaire publique la Chattière")))
                .andExpect(content().string(containsString("1 établissement sur 17")));
    }

    @Test
    void anIntercommunaliteShowsTheSchoolsOfAllItsMemberCommunes() throws Exception {
        mvc.perform(get("/fougeres-agglomeration/ecoles"))
                .andExpect(content().string(containsString("Ecole primaire publique Odile Gautry")))
                .andExpect(content().string(containsString("Lécousse")))
                .andExpect(content().string(containsString("Louvigné-du-Désert")))
                .andExpect(content().string(containsString("<label for=\"commune\">Commune</label>")))
                .andExpect(content().string(not(containsString("Rennes"))));
    }

    @Test
    void theDepartementShowsItsColleges() throws Exception {
        mvc.perform(get("/ille-et-vilaine/ecoles"))
                .andExpect(content().string(containsString("Collèges — Département")))
                .andExpect(content().string(containsString("Collège Thérèse Pierre")))
                .andExpect(content().string(not(containsString("Ecole maternelle publique la Madeleine"))));
    }

    @Test
    void anEstablishmentPageShowsItsOfficialIdentityAndAMapThatFallsBackToTheAddress() throws Exception {
        mvc.perform(get("/fougeres/ecoles/0350256N"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>École primaire publique Odile Gautry</h1>")))
                .andExpect(content().string(containsString("0350256N")))
                .andExpect(content().string(containsString("Maternelle (petite, moyenne et grande sections)")))
                .andExpect(content().string(containsString("Élémentaire (du CP au CM2)")))
                .andExpect(content().string(containsString("Restauration scolaire")))
                .andExpect(content().string(containsString("data-lat=\"")))
                .andExpect(content().string(containsString("data-tuiles=\"http://127.0.0.1:9/{z}/{x}/{y}.png\"")))
                .andExpect(content().string(containsString("35300 FOUGERES")));
    }

    @Test
    void anEstablishmentOfAnotherCollectiviteIsNotFound() throws Exception {
        mvc.perform(get("/fougeres/ecoles/0350122T")).andExpect(status().isNotFound());
        mvc.perform(get("/rennes/ecoles/0350256N")).andExpect(status().isNotFound());
        mvc.perform(get("/fougeres-agglomeration/ecoles/0350256N")).andExpect(status().isOk());
        // Collèges are not presented by Vitré.
        mvc.perform(get("/vitre/ecoles/0350762N")).andExpect(status().isNotFound());
    }
}
