package fr.monenfantalecole.portail.tenant;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An agent who opens a back-office page that is not theirs stays in the back office, with a 404 all the same. */
@PortailTest
class AdminNotYoursIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Test
    void anotherCollectivitesPageSaysItIsNotTheAgents() throws Exception {
        for (var path :
                new String[] {"/admin/rennes/carte-scolaire", "/admin/rennes", "/admin/fougeres/pages-ecoles/0350612A"
                }) {
            mvc.perform(get(path).with(staff.admin("fougeres")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Cette page n'est pas dans votre espace")))
                    .andExpect(content().string(containsString("href=\"/admin\"")))
                    .andExpect(content().string(not(containsString("Rennes"))));
        }
    }

    @Test
    void anUnknownCollectiviteReadsTheSame() throws Exception {
        mvc.perform(get("/admin/atlantis/carte-scolaire").with(staff.admin("fougeres")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Cette page n'est pas dans votre espace")));
    }

    @Test
    void thePublicNotFoundPageIsUnchanged() throws Exception {
        mvc.perform(get("/vitre/nulle-part"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }
}
