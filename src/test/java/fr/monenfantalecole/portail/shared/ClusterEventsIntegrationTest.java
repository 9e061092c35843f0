package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A write on one node refreshes the caches of every node when it commits: here, a notification sent
 * by "another node" (a second codec, as another process would have) makes this one forget its
 * collectivité lookups; a notification naming a type off the list changes nothing.
 */
@PortailTest
class ClusterEventsIntegrationTest {

    @Autowired
    ClusterEvents cluster;

    @Autowired
    Collectivites collectivites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    private final RelayedEvents otherNode = new RelayedEvents(List.of(Collectivites.Changed.class));

    @Test
    void theRelayedTypesAreTheApplicationsOwnEvents() {
        assertThat(cluster.relayedTypes())
                .contains(
                        "fr.monenfantalecole.portail.tenant.Collectivites$Changed",
                        "fr.monenfantalecole.portail.tenant.Integrations$Changed",
                        "fr.monenfantalecole.portail.localdata.LocalValues$Changed",
                        "fr.monenfantalecole.portail.school.Etablissements$Changed",
                        "fr.monenfantalecole.portail.news.Actualites$Changed",
                        "fr.monenfantalecole.portail.sector.SectorRules$Changed",
                        "fr.monenfantalecole.portail.fiche.NationalFiches$Published",
                        "fr.monenfantalecole.portail.fiche.LocalFiches$Changed",
                        "fr.monenfantalecole.portail.fiche.HiddenFiches$Changed")
                .allMatch(name -> name.startsWith("fr.monenfantalecole.portail."));
    }

    @Test
    void aWriteAnnouncedByAnotherNodeIsSeenHereAfterItsCommit() {
        try (var w = fixtures.commune()) {
            var before = collectivites.findBySlug(w.slug()).orElseThrow();
            jdbc.sql("update collectivite set pied_de_page = 'Écrit par un autre nœud' where id = :id")
                    .param("id", before.id())
                    .update();
            try {
                notifyAsAnotherNode("{\"node\":\"autre\",\"type\":\"java.lang.Runtime\",\"event\":{}}");
                notifyAsAnotherNode("recherche");
                Awaitility.await()
                        .during(Duration.ofMillis(300))
                        .atMost(Duration.ofSeconds(2))
                        .untilAsserted(() -> assertThat(collectivites
                                        .findBySlug(w.slug())
                                        .orElseThrow()
                                        .piedDePage())
                                .isEqualTo(before.piedDePage()));

                notifyAsAnotherNode(otherNode.encode(new Collectivites.Changed()));
                Awaitility.await()
                        .atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> assertThat(collectivites
                                        .findBySlug(w.slug())
                                        .orElseThrow()
                                        .piedDePage())
                                .isEqualTo("Écrit par un autre nœud"));
            } finally {
                jdbc.sql("update collectivite set pied_de_page = :p where id = :id")
                        .param("p", before.piedDePage())
                        .param("id", before.id())
                        .update();
                collectivites.forget();
            }
        }
    }

    private void notifyAsAnotherNode(String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", ClusterEvents.CHANNEL)
                .param("payload", payload)
                .query(Object.class)
                .optional();
    }
}
