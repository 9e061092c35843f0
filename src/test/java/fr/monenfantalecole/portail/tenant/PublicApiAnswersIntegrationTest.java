package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.fiche.LocalFiches;
import fr.monenfantalecole.portail.fiche.Niveau;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The search and carte scolaire API answers are kept as bytes with the pages, and the next answer after
 * the change that should evict them is the new one: a local fiche published (the search index is rebuilt
 * in the background after the event, so an answer computed in between must not stay in memory), a sector
 * rule changed on another node.
 */
@PortailTest
class PublicApiAnswersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicPages pages;

    @Autowired
    Collectivites collectivites;

    @Autowired
    LocalFiches localFiches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aSearchAnswerKeptInMemoryShowsAFichePublishedAfterIt() throws Exception {
        try (var w = fixtures.commune()) {
            searchAnswerKept(w);
        }
    }

    private void searchAnswerKept(World w) throws Exception {
        long commune = w.id();
        String title = "Le xylophone ondulatoire des écoliers";
        var search = get("/api/v1/" + w.slug() + "/recherche").param("q", "xylophone ondulatoire");
        var computed = mvc.perform(search)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].title").value(not(hasItem(title))))
                .andReturn()
                .getResponse();
        assertThat(pages.holds(commune)).isTrue();
        var kept = mvc.perform(search).andReturn().getResponse();
        assertThat(kept.getHeader("ETag")).isNotNull().isEqualTo(computed.getHeader("ETag"));
        assertThat(kept.getHeader("Last-Modified")).isEqualTo(computed.getHeader("Last-Modified"));
        assertThat(kept.getHeader("Cache-Control")).isEqualTo(computed.getHeader("Cache-Control"));
        assertThat(kept.getHeaders("Vary")).isEqualTo(computed.getHeaders("Vary"));
        assertThat(kept.getHeader("X-RateLimit-Remaining")).isNotNull();

        long fiche = localFiches.create(commune, "cantine", Niveau.TOUS, title, "Bref.", "Détail.", true, null);
        try {
            // Asked again at once and again until the index is rebuilt: the answers computed from the
            // previous index in between are not kept past the rebuild.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(20))
                    .untilAsserted(() -> mvc.perform(search)
                            .andExpect(jsonPath("$.results[*].title").value(hasItem(title))));
        } finally {
            localFiches.delete(commune, fiche);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(search)
                        .andExpect(jsonPath("$.results[*].title").value(not(hasItem(title)))));
    }

    @Test
    void aCarteScolaireAnswerKeptInMemoryChangesWithTheRulesOfAnotherNode() throws Exception {
        // A commune of its own on Vitré's territory, whose real schools the rule below names.
        try (var w = fixtures.commune("essai-35360", "Vitré", "35360")) {
            carteScolaireAnswerKept(w);
        }
    }

    private void carteScolaireAnswerKept(World w) throws Exception {
        long commune = w.id();
        MockHttpServletRequestBuilder lookup = get("/api/v1/" + w.slug() + "/carte-scolaire")
                .param("adresse", "5 impasse des Octets Gardés, Vitré")
                .param("niveau", "maternelle");
        var first = mvc.perform(lookup)
                .andExpect(jsonPath("$.resultats").isEmpty())
                .andReturn()
                .getResponse();
        var kept = mvc.perform(lookup).andReturn().getResponse();
        assertThat(kept.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        // An answer about an address: kept on the server, by no one in front.
        assertThat(kept.getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(pages.holds(commune)).isTrue();
        jdbc.sql("""
                insert into secteur_regle (collectivite_id, niveau, code_insee, commune, code_postal, voie,
                    debut, fin, parite, uai, secteur_unique, ligne)
                values (:c, 'maternelle', '35360', 'Vitré', '35500', 'IMPASSE DES OCTETS GARDES', 1, 99, 'PI',
                    '0351568P', false, 9998)""").param("c", commune).update();
        try {
            notifyAsAnotherNode(commune);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> mvc.perform(lookup)
                            .andExpect(jsonPath("$.resultats[0].uai").value("0351568P")));
        } finally {
            jdbc.sql("delete from secteur_regle where collectivite_id = :c and voie = 'IMPASSE DES OCTETS GARDES'")
                    .param("c", commune)
                    .update();
            notifyAsAnotherNode(commune);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        mvc.perform(lookup).andExpect(jsonPath("$.resultats").isEmpty()));
    }

    private void notifyAsAnotherNode(long collectiviteId) {
        jdbc.sql("select pg_notify('portail_contenu', :payload)")
                .param(
                        "payload",
                        "{\"node\":\"autre\",\"type\":\"fr.monenfantalecole.portail.sector.SectorRules$Changed\","
                                + "\"event\":{\"collectiviteId\":" + collectiviteId + "}}")
                .query(Object.class)
                .optional();
    }
}
