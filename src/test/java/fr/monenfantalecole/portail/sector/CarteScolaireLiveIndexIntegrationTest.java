package fr.monenfantalecole.portail.sector;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void aRuleChangedOnTheAgentSideIsSeenByTheNextLookup() throws Exception {
        long vitre = collectivites.findBySlug("vitre").orElseThrow().id();
        carte.index(); // built before the change: the change must update it, not a first build
        var own = rules.ids(vitre);
        var before = rules.all().stream()
                .filter(r -> own.contains(r.id()) && r.niveau().equals("maternelle"))
                .toList();
        var lookup = get("/api/v1/vitre/carte-scolaire")
                .param("adresse", "7 impasse des Essais Vivants")
                .param("niveau", "maternelle");
        mvc.perform(lookup).andExpect(jsonPath("$.resultats").isEmpty());
        try {
            var added = new SectorRule(
                    0,
                    "maternelle",
                    "35360",
                    "Vitré",
                    "35500",
                    null,
                    "IMPASSE DES ESSAIS VIVANTS",
                    1,
                    null,
                    99,
                    null,
                    "PI",
                    "0351568P",
                    false);
            rules.replace(vitre, List.of("maternelle"), List.of(added));
            mvc.perform(lookup)
                    .andExpect(jsonPath("$.resultats.length()").value(1))
                    .andExpect(jsonPath("$.resultats[0].uai").value("0351568P"));
            // The Département's collège rules of the same commune are still there.
            mvc.perform(get("/api/v1/vitre/carte-scolaire")
                            .param("adresse", "10 rue Sainte-Croix, Vitré")
                            .param("niveau", "college"))
                    .andExpect(jsonPath("$.resultats[0].uai").value("0351909K"));
        } finally {
            rules.replace(vitre, List.of("maternelle"), before);
        }
        mvc.perform(lookup).andExpect(jsonPath("$.resultats").isEmpty());
    }
}
