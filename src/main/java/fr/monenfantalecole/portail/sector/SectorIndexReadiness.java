package fr.monenfantalecole.portail.sector;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The last of the start's runners: waits for the carte scolaire index that {@link LiveSectorIndex}
 * began to build after the demo data, alongside the search index. Boot's readiness (and the end of a
 * test's context start) then means the index is there, as {@code /readyz} does through the startup
 * task.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SectorIndexReadiness implements ApplicationRunner {

    private final LiveSectorIndex index;

    SectorIndexReadiness(LiveSectorIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        index.awaitWarmUp();
    }
}
