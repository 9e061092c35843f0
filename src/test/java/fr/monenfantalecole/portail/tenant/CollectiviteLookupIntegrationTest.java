package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every request looks its collectivité up first: the lookup is kept in memory, and every write of
 * the collectivité is seen at once by the next request.
 */
@PortailTest
class CollectiviteLookupIntegrationTest {

    @Autowired
    Collectivites collectivites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aLookupIsAnsweredFromMemoryAndAWriteIsSeenAtOnce() {
        try (var w = fixtures.commune()) {
            var before = collectivites.findBySlug(w.slug()).orElseThrow();
            // A change behind the repository's back is not seen: the lookup no longer reaches the database.
            jdbc.sql("update collectivite set couleur_primaire = '#0a0a0a' where id = :id")
                    .param("id", before.id())
                    .update();
            try {
                assertThat(collectivites.findBySlug(w.slug()).orElseThrow().couleurPrimaire())
                        .isEqualTo(before.couleurPrimaire());

                // A change through the repository is seen by the very next lookup.
                collectivites.updateColours(before.id(), "#1b4f72", before.couleurSecondaire());
                assertThat(collectivites.findBySlug(w.slug()).orElseThrow().couleurPrimaire())
                        .isEqualTo("#1b4f72");
            } finally {
                collectivites.updateColours(before.id(), before.couleurPrimaire(), before.couleurSecondaire());
            }
            assertThat(collectivites.findBySlug(w.slug()).orElseThrow().couleurPrimaire())
                    .isEqualTo(before.couleurPrimaire());
        }
    }

    @Test
    void anUnknownSlugOrHostStaysUnknownUntilItIsCreated() {
        assertThat(collectivites.findBySlug("pas-une-collectivite")).isEmpty();
        assertThat(collectivites.findByHost("inconnu.example")).isEmpty();
    }
}
