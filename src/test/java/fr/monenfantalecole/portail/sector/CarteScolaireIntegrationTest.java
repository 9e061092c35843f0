package fr.monenfantalecole.portail.sector;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.school.TestSchools;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A portal answers from its département's collège rules and its own école sectors, as the demo's
 * Fougères does from the official collèges file of Ille-et-Vilaine and its école sectors.
 */
@PortailTest
class CarteScolaireIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    SectorRules rules;

    /**
     * The département's collège rules (rue Sainte-Croix, even side of the boulevard des Lices, and the
     * rue Marie de France shared by three collèges), the commune's école sectors (even numbers 2 to 22 of
     * the boulevard des Lices, the rue du Pointel and the place du Poncel), the commune presenting its
     * collèges.
     */
    WorldCarte carte;

    @BeforeEach
    void carte() throws Exception {
        carte = WorldCarte.create(context, fixtures, mvc);
        var commune = carte.commune();
        TestSchools.presentColleges(commune, mvc);
        carte.ecoleRules(
                context,
                List.of(
                        WorldCarte.rule(commune, "maternelle", WorldCarte.BOULEVARD, 2, 22, "P", carte.ecole()),
                        WorldCarte.rule(commune, "elementaire", WorldCarte.BOULEVARD, 2, 22, "P", carte.ecole()),
                        WorldCarte.rule(commune, "maternelle", "RUE DU POINTEL", 1, 9999, "PI", carte.ecole()),
                        WorldCarte.rule(commune, "maternelle", "PLACE DU PONCEL", 1, 9999, "PI", carte.ecole())));
        var three = new ArrayList<SectorRule>(List.of(
                WorldCarte.rule(commune, "college", WorldCarte.STREET, 1, 99, "PI", carte.college()),
                WorldCarte.rule(commune, "college", WorldCarte.BOULEVARD, 2, 98, "P", carte.college())));
        var lines = new ArrayList<String>();
        for (int i = 1; i <= 3; i++) {
            String uai = TestSchools.uai(commune, 90 + i, 'C');
            lines.add(TestSchools.college(uai, "Collège numéro " + i, commune.codeInsee(), commune.nom()));
            three.add(WorldCarte.rule(commune, "college", "RUE MARIE DE FRANCE", 1, 9999, "PI", uai));
        }
        TestSchools.load(context, commune, lines.toArray(String[]::new));
        rules.replace(carte.departement().id(), List.of("college"), three);
    }

    @AfterEach
    void remove() {
        carte.close();
    }

    private String api(World w) {
        return "/api/v1/" + w.slug() + "/carte-scolaire";
    }

    @Test
    void aCommuneGivesTheEcolesAndTheCollegeOfAnAddress() throws Exception {
        var commune = carte.commune();
        mvc.perform(get(api(commune)).param("adresse", "12 bd des Lices 99300 " + commune.nom()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adresse_normalisee").value("12 Boulevard des Lices, 99300 " + commune.nom()))
                .andExpect(jsonPath("$.resultats[?(@.niveau == 'college')].uai").value(hasItem(carte.college())))
                .andExpect(jsonPath("$.resultats[?(@.niveau == 'college')].nom").value(hasItem("Collège Marie Curie")))
                .andExpect(jsonPath("$.resultats[?(@.niveau == 'maternelle')]").isNotEmpty())
                .andExpect(jsonPath("$.resultats[?(@.niveau == 'elementaire')]").isNotEmpty())
                .andExpect(jsonPath("$.resultats[0].regle").value("Boulevard des Lices, numéros pairs de 2 à 22"))
                .andExpect(jsonPath("$.suggestions").isEmpty());
    }

    @Test
    void theLevelFilterAndTheRulesOfTheDepartement() throws Exception {
        var commune = carte.commune();
        mvc.perform(get(api(commune)).param("adresse", "30 boulevard des lices").param("niveau", "college"))
                .andExpect(jsonPath("$.resultats.length()").value(1))
                .andExpect(jsonPath("$.resultats[0].uai").value(carte.college()));
        mvc.perform(get(api(commune))
                        .param("adresse", "10 rue Sainte-Croix, " + commune.nom())
                        .param("niveau", "college"))
                .andExpect(jsonPath("$.resultats[0].uai").value(carte.college()));
        mvc.perform(get(api(commune))
                        .param("adresse", "12 rue Marie de France 99300 " + commune.nom())
                        .param("niveau", "college"))
                .andExpect(jsonPath("$.resultats.length()").value(3));
    }

    @Test
    void uncoveredAddressesAndUnknownStreetsSaySoAndNeverGuess() throws Exception {
        var commune = carte.commune();
        mvc.perform(get(api(commune)).param("adresse", "17 boulevard des Lices").param("niveau", "college"))
                .andExpect(jsonPath("$.resultats").isEmpty())
                .andExpect(jsonPath("$.message").value(containsString("Aucune règle")));
        // "Pontel" is one letter from both "Pointel" and "Poncel": the parent chooses.
        mvc.perform(get(api(commune)).param("adresse", "22 du Pontel 99300"))
                .andExpect(jsonPath("$.resultats").isEmpty())
                .andExpect(jsonPath("$.suggestions").value(hasItem("Rue du Pointel, " + commune.nom())))
                .andExpect(jsonPath("$.suggestions").value(hasItem("Place du Poncel, " + commune.nom())));
    }

    @Test
    void aPortalAnswersOnlyForItsOwnTerritory() throws Exception {
        var commune = carte.commune();
        try (var other = fixtures.commune()) {
            mvc.perform(get(api(other)).param("adresse", "12 bd des Lices 99300 " + commune.nom()))
                    .andExpect(jsonPath("$.resultats").isEmpty());
        }
        mvc.perform(get("/api/v1/atlantis/carte-scolaire").param("adresse", "12 bd des Lices"))
                .andExpect(status().isNotFound());
        mvc.perform(get(api(commune)).param("adresse", "12 bd des Lices").param("niveau", "lycee"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theLookupPageShowsTheSchoolsWithLinksAndNextSteps() throws Exception {
        var commune = carte.commune();
        mvc.perform(get("/" + commune.slug() + "/services/carte-scolaire").param("adresse", "12 bd des Lices"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Collège Marie Curie")))
                .andExpect(content()
                        .string(containsString("href=\"/" + commune.slug() + "/ecoles/" + carte.college() + "\"")))
                .andExpect(content().string(containsString("Comment inscrire mon enfant")));
        mvc.perform(get(api(commune) + "/voies").param("q", "marie de fr"))
                .andExpect(jsonPath("$").value(hasItem("Rue Marie de France, " + commune.nom())));
    }
}
