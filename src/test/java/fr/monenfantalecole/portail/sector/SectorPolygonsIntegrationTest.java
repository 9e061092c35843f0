package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Sectors drawn as GeoJSON polygons: import checked whole, point lookup, isolation. */
@PortailTest
class SectorPolygonsIntegrationTest {

    /** A square around the centre of Fougères (about 48.35 N, 1.20 W). */
    static final String GEOJSON = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"uai": "0350256N", "niveau": "elementaire", "nom": "Centre"},
               "geometry": {"type": "Polygon", "coordinates": [[[-1.22, 48.34], [-1.18, 48.34], [-1.18, 48.36], [-1.22, 48.36], [-1.22, 48.34]]]}}
            ]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    SectorPolygons polygons;

    @Autowired
    Collectivites collectivites;

    @Test
    void drawnSectorsAnswerForAPointOnTheMap() throws Exception {
        upload("fougeres", GEOJSON).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/fougeres/carte-scolaire").param("lat", "48.35").param("lon", "-1.20"))
                .andExpect(jsonPath("$.resultats[0].uai").value("0350256N"))
                .andExpect(jsonPath("$.resultats[0].niveau").value("elementaire"))
                .andExpect(jsonPath("$.resultats[0].regle").value("Secteur « Centre »"));
        mvc.perform(get("/api/v1/fougeres/carte-scolaire").param("lat", "48.40").param("lon", "-1.20"))
                .andExpect(jsonPath("$.resultats").isEmpty());
        // The intercommunalité above Fougères sees them; Rennes does not.
        mvc.perform(get("/api/v1/fougeres-agglomeration/carte-scolaire")
                        .param("lat", "48.35")
                        .param("lon", "-1.20"))
                .andExpect(jsonPath("$.resultats[0].uai").value("0350256N"));
        mvc.perform(get("/api/v1/rennes/carte-scolaire").param("lat", "48.35").param("lon", "-1.20"))
                .andExpect(jsonPath("$.resultats").isEmpty());
        mvc.perform(get("/fougeres/services/carte-scolaire")
                        .param("lat", "48.35")
                        .param("lon", "-1.20"))
                .andExpect(content().string(containsString("Ecole primaire publique Odile Gautry")));
    }

    @Test
    void sectorsOutsideTheTerritoryOrForAnotherTerritorysSchoolAreRefused() throws Exception {
        long vitre = collectivites.findBySlug("vitre").orElseThrow().id();
        upload("vitre", GEOJSON)
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Secteur 1 : l'établissement 0350256N n'est pas un établissement du territoire de Vitré")));
        upload("vitre", GEOJSON.replace("0350256N", "0351909K").replace("elementaire", "college"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Secteur 1 : le polygone sort du territoire de Vitré")));
        assertThat(polygons.count(vitre)).isZero();
    }

    @Test
    void aWrongFileImportsNothingAndSaysWhichSectors() throws Exception {
        long vitre = collectivites.findBySlug("vitre").orElseThrow().id();
        String wrong = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"uai": "0351909K", "niveau": "college"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-1.2, 48.1], [-1.1, 48.1], [-1.1, 48.2], [-1.2, 48.1]]]}},
                  {"type": "Feature", "properties": {"uai": "XYZ", "niveau": "college"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-1.2, 48.1], [-1.1, 48.1], [-1.1, 48.2], [-1.2, 48.1]]]}},
                  {"type": "Feature", "properties": {"uai": "0351909K", "niveau": "college"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-1.2, 48.1], [-1.1, 48.2], [-1.1, 48.1], [-1.2, 48.2], [-1.2, 48.1]]]}}
                ]}""";
        upload("vitre", wrong)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Secteur 2 : propriété « uai »")))
                .andExpect(content().string(containsString("Secteur 3 : le polygone se recoupe")));
        assertThat(polygons.count(vitre)).isZero();
        upload("vitre", "pas du json").andExpect(content().string(containsString("GeoJSON")));
    }

    @Test
    void anotherCollectivitesSectorsCannotBeReplaced() throws Exception {
        mvc.perform(multipart("/admin/rennes/carte-scolaire/polygones")
                        .file(new MockMultipartFile(
                                "geojson",
                                "s.geojson",
                                "application/geo+json",
                                GEOJSON.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(staff.admin("vitre")))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions upload(String slug, String content) throws Exception {
        return mvc.perform(multipart("/admin/" + slug + "/carte-scolaire/polygones")
                .file(new MockMultipartFile(
                        "geojson",
                        "secteurs.geojson",
                        "application/geo+json",
                        content.getBytes(StandardCharsets.UTF_8)))
                .with(csrf())
                .with(staff.admin(slug)));
    }
}
