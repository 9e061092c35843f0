package fr.monenfantalecole.portail.tenant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An agent who opens a back-office page that is not theirs stays in the back office, with a 404 all the same. */
@PortailTest
class AdminNotYoursIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void anotherCollectivitesPageSaysItIsNotTheAgents() throws Exception {
        try (var mine = fixtures.commune();
                var theirs = fixtures.commune("autre-ville", "Autreville")) {
            String theirSchool = theirs.school("École d'Autreville").uai();
            for (var path : new String[] {
                "/admin/autre-ville/carte-scolaire",
                "/admin/autre-ville",
                "/admin/" + mine.slug() + "/pages-ecoles/" + theirSchool
            }) {
                mvc.perform(get(path).with(mine.admin().mvc()))
                        .andExpect(status().isNotFound())
                        .andExpect(content().string(containsString("Cette page n'est pas dans votre espace")))
                        .andExpect(content().string(containsString("href=\"/admin\"")))
                        .andExpect(content().string(not(containsString("Autreville"))));
            }
        }
    }

    @Test
    void anUnknownCollectiviteReadsTheSame() throws Exception {
        try (var mine = fixtures.commune()) {
            mvc.perform(get("/admin/atlantis/carte-scolaire").with(mine.admin().mvc()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Cette page n'est pas dans votre espace")));
        }
    }

    @Test
    void thePublicNotFoundPageIsUnchanged() throws Exception {
        try (var w = fixtures.commune()) {
            mvc.perform(get("/" + w.slug() + "/nulle-part"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Page introuvable")));
        }
    }
}
