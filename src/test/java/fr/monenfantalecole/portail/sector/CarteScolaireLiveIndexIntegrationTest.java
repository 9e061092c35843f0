package fr.monenfantalecole.portail.sector;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lookup answers from memory, and an agent's change of rules is seen by the very next lookup
 * without a reload: only the communes of the change are rebuilt, from every rule they have (the
 * Département's collège rules of the same commune stay).
 */
@PortailTest
class CarteScolaireLiveIndexIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SectorRules rules;

    @Autowired
    Collectivites collectivites;

    @Autowired
    CarteScolaire carte;

    @Autowired
    ApplicationContext context;

    /**
     * A Département with a collège rule in its commune, the commune with its école (their Annuaire
     * lines), as the demo has Vitré in Ille-et-Vilaine.
     */
    @Test
    void aRuleChangedOnTheAgentSideIsSeenByTheNextLookup() throws Exception {
        var sectors = TestSectors.create(context, "carte-vive", "Vive-sur-Vilaine", "99301", "9930101K", "9930102L");
        try {
            seenByTheNextLookup(sectors.commune().id());
        } finally {
            sectors.delete(context);
        }
    }

    private void seenByTheNextLookup(long own) throws Exception {
        carte.index(); // built before the change: the change must update it, not a first build
        var ids = rules.ids(own);
        var before = rules.all().stream()
                .filter(r -> ids.contains(r.id()) && r.niveau().equals("maternelle"))
                .toList();
        var lookup = get("/api/v1/carte-vive/carte-scolaire")
                .param("adresse", "7 impasse des Essais Vivants")
                .param("niveau", "maternelle");
        mvc.perform(lookup).andExpect(jsonPath("$.resultats").isEmpty());
        try {
            var added = new SectorRule(
                    0,
                    "maternelle",
                    "99301",
                    "Vive-sur-Vilaine",
                    "99300",
                    null,
                    "IMPASSE DES ESSAIS VIVANTS",
                    1,
                    null,
                    99,
                    null,
                    "PI",
                    "9930101K",
                    false);
            rules.replace(own, List.of("maternelle"), List.of(added));
            mvc.perform(lookup)
                    .andExpect(jsonPath("$.resultats.length()").value(1))
                    .andExpect(jsonPath("$.resultats[0].uai").value("9930101K"));
            // The Département's collège rules of the same commune are still there.
            mvc.perform(get("/api/v1/carte-vive/carte-scolaire")
                            .param("adresse", "10 rue Sainte-Croix, Vive-sur-Vilaine")
                            .param("niveau", "college"))
                    .andExpect(jsonPath("$.resultats[0].uai").value("9930102L"));
        } finally {
            rules.replace(own, List.of("maternelle"), before);
        }
        mvc.perform(lookup).andExpect(jsonPath("$.resultats").isEmpty());
    }
}
