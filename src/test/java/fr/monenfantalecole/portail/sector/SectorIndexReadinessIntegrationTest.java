package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.shared.StartupTasks;
import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The carte scolaire index is built while the node starts and waited for before it says it is ready
 * (issue 21, point 5): the first lookups, and the first pages of a national node, never share the cores
 * with the build of every rule.
 */
@PortailTest
class SectorIndexReadinessIntegrationTest {

    @Autowired
    LiveSectorIndex index;

    @Autowired
    StartupTasks startup;

    @Test
    void theIndexIsBuiltBeforeTheNodeIsReady() {
        assertThat(startup.ready()).isTrue();
        assertThat(index.built()).isTrue();
        assertThat(startup.health().getDetails()).doesNotContainKey("en cours");
    }
}
