package fr.monenfantalecole.portail.sector;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The carte scolaire keeps the answers it gave, and the next answer after a change is the new one:
 * a school renamed in the Annuaire or rules changed on another node (when its notification arrives),
 * drawn sectors imported here (at once).
 */
@PortailTest
class CarteScolaireAnswersIntegrationTest {

    private static final String COLLEGE = "9930202P";
    private static final String ECOLE = "9930201N";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SectorRules rules;

    @Autowired
    SectorPolygons polygons;

    @Autowired
    Collectivites collectivites;

    @Autowired
    ApplicationContext context;

    private final MockHttpServletRequestBuilder college = get("/api/v1/gardeville/carte-scolaire")
            .param("adresse", "10 rue Sainte-Croix, Gardeville")
            .param("niveau", "college");

    /** A Département with a collège rule in its commune, the commune with its école. */
    TestSectors carte;

    @BeforeEach
    void departementAndCommune() {
        carte = TestSectors.create(context, "gardeville", "Gardeville", "99302", ECOLE, COLLEGE);
    }

    @AfterEach
    void remove() {
        carte.delete(context);
    }

    @Test
    void aSchoolRenamedOnAnotherNodeIsNamedSoInTheNextAnswer() throws Exception {
        String name = jdbc.sql("select nom from etablissement where uai = :u")
                .param("u", COLLEGE)
                .query(String.class)
                .single();
        mvc.perform(college).andExpect(jsonPath("$.resultats[0].nom").value(name));
        mvc.perform(college).andExpect(jsonPath("$.resultats[0].nom").value(name)); // kept
        rename(name + " (renommé)");
        try {
            notifyAsAnotherNode("school.Etablissements$Changed", 0);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> mvc.perform(college)
                            .andExpect(jsonPath("$.resultats[0].nom").value(name + " (renommé)")));
        } finally {
            rename(name);
            notifyAsAnotherNode("school.Etablissements$Changed", 0);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> mvc.perform(college)
                        .andExpect(jsonPath("$.resultats[0].nom").value(name)));
    }

    @Test
    void rulesChangedOnAnotherNodeGiveTheNextAnswer() throws Exception {
        long own = carte.commune().id();
        var lookup = get("/api/v1/gardeville/carte-scolaire")
                .param("adresse", "3 allée des Réponses Gardées, Gardeville")
                .param("niveau", "maternelle");
        mvc.perform(lookup).andExpect(jsonPath("$.resultats").isEmpty());
        mvc.perform(lookup).andExpect(jsonPath("$.resultats").isEmpty()); // kept
        jdbc.sql("""
                insert into secteur_regle (collectivite_id, niveau, code_insee, commune, code_postal, voie,
                    debut, fin, parite, uai, secteur_unique, ligne)
                values (:c, 'maternelle', '99302', 'Gardeville', '99300', 'ALLEE DES REPONSES GARDEES', 1, 99, 'PI',
                    :u, false, 9999)""").param("c", own).param("u", ECOLE).update();
        try {
            notifyAsAnotherNode("sector.SectorRules$Changed", own);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> mvc.perform(lookup)
                            .andExpect(jsonPath("$.resultats[0].uai").value(ECOLE)));
        } finally {
            jdbc.sql("delete from secteur_regle where collectivite_id = :c and voie = 'ALLEE DES REPONSES GARDEES'")
                    .param("c", own)
                    .update();
            notifyAsAnotherNode("sector.SectorRules$Changed", own);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        mvc.perform(lookup).andExpect(jsonPath("$.resultats").isEmpty()));
    }

    @Test
    void drawnSectorsImportedAreInTheNextPointAnswer() throws Exception {
        long own = carte.commune().id();
        var point =
                get("/api/v1/gardeville/carte-scolaire").param("lat", "48.124").param("lon", "-1.209");
        mvc.perform(point).andExpect(jsonPath("$.resultats").isEmpty());
        var sectors = SectorPolygons.parse(SectorPolygonsIntegrationTest.GEOJSON
                        .replace("UAI", ECOLE)
                        .replace("-1.62", "-1.25")
                        .replace("-1.58", "-1.17")
                        .replace("48.08", "48.10")
                        .replace("48.12", "48.15"))
                .sectors();
        polygons.replace(own, sectors);
        try {
            mvc.perform(point).andExpect(jsonPath("$.resultats[0].uai").value(ECOLE));
        } finally {
            polygons.replace(own, List.of());
        }
        mvc.perform(point).andExpect(jsonPath("$.resultats").isEmpty());
    }

    private void rename(String name) {
        jdbc.sql("update etablissement set nom = :n where uai = :u")
                .param("n", name)
                .param("u", COLLEGE)
                .update();
    }

    private void notifyAsAnotherNode(String type, long collectiviteId) {
        jdbc.sql("select pg_notify('portail_contenu', :payload)")
                .param(
                        "payload",
                        "{\"node\":\"autre\",\"type\":\"fr.monenfantalecole.portail." + type + "\","
                                + "\"event\":{\"collectiviteId\":" + collectiviteId + "}}")
                .query(Object.class)
                .optional();
    }
}
