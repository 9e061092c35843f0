package fr.monenfantalecole.portail.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /readyz includes the startup tasks (demo data, search index): ready once they are done, and out of
 * service again while one is announced and not done (as between a node's start and the end of its
 * demo load), whatever the database says.
 */
@PortailTest
class ReadinessIntegrationTest {

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    @Autowired
    MockMvc mvc;

    @Autowired
    StartupTasks startup;

    @Test
    void readyOnlyOnceTheDemoDataAndTheSearchIndexAreLoaded() throws Exception {
        mvc.perform(get("/readyz"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.demarrage.status").value("UP"));
        startup.expect("index de recherche");
        try {
            mvc.perform(get("/readyz"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.components.demarrage.status").value("OUT_OF_SERVICE"));
            // Liveness is not readiness: the node is not restarted for it.
            mvc.perform(get("/livez")).andExpect(status().isOk());
        } finally {
            startup.done("index de recherche");
        }
        mvc.perform(get("/readyz")).andExpect(status().isOk());
    }

    /**
     * A starting node turns traffic away at once (a load balancer retries elsewhere) rather than making
     * requests wait for the demo load or answering 404: a page gets a short French page, the API its
     * JSON error, both with Retry-After; the probes still answer.
     */
    @Test
    void aStartingNodeAnswers503UntilItsTasksAreDone() throws Exception {
        startup.expect("données de démonstration");
        try {
            mvc.perform(get("/" + w.slug() + "/questions"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andExpect(content().string(Matchers.containsString("Le portail démarre")));
            mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "cantine"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.erreur").value(Matchers.containsString("démarre")));
            mvc.perform(get("/readyz"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.components.demarrage.status").value("OUT_OF_SERVICE"));
            mvc.perform(get("/livez")).andExpect(status().isOk());
        } finally {
            startup.done("données de démonstration");
        }
        mvc.perform(get("/" + w.slug() + "/questions")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/" + w.slug() + "/recherche").param("q", "cantine"))
                .andExpect(status().isOk());
        mvc.perform(get("/readyz")).andExpect(status().isOk());
    }
}
