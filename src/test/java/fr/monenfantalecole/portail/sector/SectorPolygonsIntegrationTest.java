package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.school.TestSchools;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Sectors drawn as GeoJSON polygons: import checked whole, point lookup, isolation. */
@PortailTest
class SectorPolygonsIntegrationTest {

    /** A square around the test's schools (every one of {@link TestSchools} is at 48.1 N, 1.6 W). */
    static final String GEOJSON = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"uai": "UAI", "niveau": "elementaire", "nom": "Centre"},
               "geometry": {"type": "Polygon", "coordinates": [[[-1.62, 48.08], [-1.58, 48.08], [-1.58, 48.12], [-1.62, 48.12], [-1.62, 48.08]]]}}
            ]}""";

    static final String SCHOOL = "Ecole primaire publique Rosalind Franklin";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SectorPolygons polygons;

    @Autowired
    ApplicationContext context;

    /** A commune with no school of its own here: another collectivité's schools are not its. */
    @OwnCommune
    World w;

    /** The école of {@code commune}, at 48.1 N, 1.6 W. */
    private String school(World commune) {
        String uai = TestSchools.uai(commune, 80, 'S');
        TestSchools.load(context, commune, TestSchools.ecole(uai, SCHOOL, commune.codeInsee(), commune.nom()));
        return uai;
    }

    /** A collège of {@code commune}, far from the square (47.5 N, 2.5 W). */
    private String collegeFarAway(World commune) {
        String uai = TestSchools.uai(commune, 81, 'K');
        TestSchools.load(
                context,
                commune,
                TestSchools.at(
                        TestSchools.college(uai, "Collège d'ailleurs", commune.codeInsee(), commune.nom()),
                        "47.5",
                        "-2.5"));
        return uai;
    }

    @Test
    void drawnSectorsAnswerForAPointOnTheMap() throws Exception {
        try (var agglomeration = fixtures.agglomeration()) {
            var commune = agglomeration.member();
            String uai = school(commune);
            upload(commune, GEOJSON.replace("UAI", uai)).andExpect(status().is3xxRedirection());
            mvc.perform(get("/api/v1/" + commune.slug() + "/carte-scolaire")
                            .param("lat", "48.10")
                            .param("lon", "-1.60"))
                    .andExpect(jsonPath("$.resultats[0].uai").value(uai))
                    .andExpect(jsonPath("$.resultats[0].niveau").value("elementaire"))
                    .andExpect(jsonPath("$.resultats[0].regle").value("Secteur « Centre »"));
            mvc.perform(get("/api/v1/" + commune.slug() + "/carte-scolaire")
                            .param("lat", "48.40")
                            .param("lon", "-1.60"))
                    .andExpect(jsonPath("$.resultats").isEmpty());
            // The intercommunalité above the commune sees them; another commune does not.
            mvc.perform(get("/api/v1/" + agglomeration.slug() + "/carte-scolaire")
                            .param("lat", "48.10")
                            .param("lon", "-1.60"))
                    .andExpect(jsonPath("$.resultats[0].uai").value(uai));
            mvc.perform(get("/api/v1/" + w.slug() + "/carte-scolaire")
                            .param("lat", "48.10")
                            .param("lon", "-1.60"))
                    .andExpect(jsonPath("$.resultats").isEmpty());
            mvc.perform(get("/" + commune.slug() + "/services/carte-scolaire")
                            .param("lat", "48.10")
                            .param("lon", "-1.60"))
                    .andExpect(content().string(containsString(SCHOOL)));
        }
    }

    @Test
    void sectorsOutsideTheTerritoryOrForAnotherTerritorysSchoolAreRefused() throws Exception {
        try (var other = fixtures.commune()) {
            String theirs = school(other);
            String college = collegeFarAway(w);
            upload(w, GEOJSON.replace("UAI", theirs))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString("Secteur 1 : l'établissement " + theirs
                                    + " n'est pas un établissement du territoire de " + w.nom())));
            upload(w, GEOJSON.replace("UAI", college).replace("elementaire", "college"))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString("Secteur 1 : le polygone sort du territoire de " + w.nom())));
            assertThat(polygons.count(w.id())).isZero();
        }
    }

    @Test
    void aWrongFileImportsNothingAndSaysWhichSectors() throws Exception {
        String college = collegeFarAway(w);
        String wrong = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"uai": "UAI", "niveau": "college"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-1.2, 48.1], [-1.1, 48.1], [-1.1, 48.2], [-1.2, 48.1]]]}},
                  {"type": "Feature", "properties": {"uai": "XYZ", "niveau": "college"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-1.2, 48.1], [-1.1, 48.1], [-1.1, 48.2], [-1.2, 48.1]]]}},
                  {"type": "Feature", "properties": {"uai": "UAI", "niveau": "college"},
                   "geometry": {"type": "Polygon", "coordinates": [[[-1.2, 48.1], [-1.1, 48.2], [-1.1, 48.1], [-1.2, 48.2], [-1.2, 48.1]]]}}
                ]}""".replace("UAI", college);
        upload(w, wrong)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Secteur 2 : propriété « uai »")))
                .andExpect(content().string(containsString("Secteur 3 : le polygone se recoupe")));
        assertThat(polygons.count(w.id())).isZero();
        upload(w, "pas du json").andExpect(content().string(containsString("GeoJSON")));
    }

    @Test
    void anotherCollectivitesSectorsCannotBeReplaced() throws Exception {
        try (var other = fixtures.commune()) {
            mvc.perform(multipart("/admin/" + other.slug() + "/carte-scolaire/polygones")
                            .file(new MockMultipartFile(
                                    "geojson",
                                    "s.geojson",
                                    "application/geo+json",
                                    GEOJSON.getBytes(StandardCharsets.UTF_8)))
                            .with(csrf())
                            .with(w.admin().mvc()))
                    .andExpect(status().isNotFound());
        }
    }

    private org.springframework.test.web.servlet.ResultActions upload(World commune, String content) throws Exception {
        return mvc.perform(multipart("/admin/" + commune.slug() + "/carte-scolaire/polygones")
                .file(new MockMultipartFile(
                        "geojson",
                        "secteurs.geojson",
                        "application/geo+json",
                        content.getBytes(StandardCharsets.UTF_8)))
                .with(csrf())
                .with(commune.admin().mvc()));
    }
}
