package fr.monenfantalecole.portail.search;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The search scope is kept in memory between calls, and a change of what a collectivité hides is seen
 * by the next call: on this node at once, from another node when its notification arrives.
 */
@PortailTest
class SearchScopesIntegrationTest {

    private static final String SHEET = "SEC-003";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Collectivites collectivites;

    @Autowired
    Fixtures fixtures;

    @Test
    void hidingASheetIsSeenByTheNextCall() throws Exception {
        try (var w = fixtures.commune()) {
            seenByTheNextCall(w.slug(), w.admin().mvc());
        }
    }

    private void seenByTheNextCall(String slug, RequestPostProcessor admin) throws Exception {
        search(slug).andExpect(jsonPath("$.results[*].id", hasItem(SHEET)));
        mvc.perform(post("/admin/" + slug + "/questions/" + SHEET + "/masquer")
                        .with(csrf())
                        .with(admin))
                .andExpect(status().is3xxRedirection());
        try {
            search(slug).andExpect(jsonPath("$.results[*].id", not(hasItem(SHEET))));
        } finally {
            mvc.perform(post("/admin/" + slug + "/questions/" + SHEET + "/afficher")
                            .with(csrf())
                            .with(admin))
                    .andExpect(status().is3xxRedirection());
        }
        search(slug).andExpect(jsonPath("$.results[*].id", hasItem(SHEET)));
    }

    @Test
    void aSheetHiddenOnAnotherNodeIsSeenWhenItsNotificationArrives() throws Exception {
        try (var w = fixtures.commune()) {
            seenWhenItsNotificationArrives(w.id(), w.slug());
        }
    }

    private void seenWhenItsNotificationArrives(long id, String slug) throws Exception {
        search(slug).andExpect(jsonPath("$.results[*].id", hasItem(SHEET)));
        // What another node does: it writes, then notifies every node after its commit.
        jdbc.sql("insert into fiche_masquee (collectivite_id, fiche_id) values (:c, :f)")
                .param("c", id)
                .param("f", SHEET)
                .update();
        try {
            notifyAsAnotherNode(id);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> search(slug).andExpect(jsonPath("$.results[*].id", not(hasItem(SHEET)))));
        } finally {
            jdbc.sql("delete from fiche_masquee where collectivite_id = :c and fiche_id = :f")
                    .param("c", id)
                    .param("f", SHEET)
                    .update();
            notifyAsAnotherNode(id);
            collectivites.forget();
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> search(slug).andExpect(jsonPath("$.results[*].id", hasItem(SHEET))));
    }

    private ResultActions search(String slug) throws Exception {
        return mvc.perform(
                        get("/api/v1/" + slug + "/recherche").param("q", "3018").param("limit", "50"))
                .andExpect(status().isOk());
    }

    private void notifyAsAnotherNode(long collectiviteId) {
        jdbc.sql("select pg_notify('portail_contenu', :payload)")
                .param(
                        "payload",
                        "{\"node\":\"autre\",\"type\":\"fr.monenfantalecole.portail.fiche.HiddenFiches$Changed\","
                                + "\"event\":{\"collectiviteId\":" + collectiviteId + "}}")
                .query(Object.class)
                .optional();
    }
}
