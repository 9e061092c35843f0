package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A structure's position is a place on the globe or nothing: NaN never reaches its map. */
@PortailTest
class LocalStructurePositionIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchoolPages establishments;

    @OwnCommune
    World w;

    @Test
    void notANumberIsRefusedNextToTheFieldWithWhatWasTyped() throws Exception {
        for (String[] position :
                new String[][] {{"NaN", "NaN"}, {"48,35", "NaN"}, {"Infinity", "-1,2"}, {"95", "-1,2"}}) {
            String page = mvc.perform(post("/admin/" + w.slug() + "/structures")
                            .with(csrf())
                            .with(w.admin().mvc())
                            .param("nom", "Centre de loisirs de la Pépinière")
                            .param("nature", "CENTRE_LOISIRS")
                            .param("adresse", "1 rue de la Pépinière")
                            .param("latitude", position[0])
                            .param("longitude", position[1]))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .as(String.join(" ", position))
                    .contains("Latitude et longitude en degrés décimaux")
                    .contains("value=\"Centre de loisirs de la Pépinière\"")
                    .contains("value=\"" + position[0] + "\"");
        }
        assertThat(jdbc.sql("select count(*) from structure_locale where nom = 'Centre de loisirs de la Pépinière'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theDatabaseRefusesAPositionNoMapCanShowAndThePageHasNoMapWithoutOne() throws Exception {
        long communeId = w.id();
        assertThatThrownBy(() -> establishments.addLocalStructure(
                        communeId,
                        "Accueil de la Forêt",
                        LocalStructure.Nature.PERISCOLAIRE,
                        "Rue de la Forêt",
                        Double.NaN,
                        Double.NaN))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(new LocalStructure(1, communeId, "Accueil", "PERISCOLAIRE", "Rue", Double.NaN, -1.2).hasPosition())
                .isFalse();

        long id = establishments.addLocalStructure(
                communeId, "Accueil du Parc", LocalStructure.Nature.PERISCOLAIRE, "Rue du Parc", null, null);
        String page = mvc.perform(get("/" + w.slug() + "/structures/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Accueil du Parc").doesNotContain("data-lat=");
    }
}
