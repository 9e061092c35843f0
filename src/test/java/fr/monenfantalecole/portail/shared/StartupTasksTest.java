package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** Readiness waits for every task announced at creation, and only for those. */
class StartupTasksTest {

    @Test
    void outOfServiceUntilEveryAnnouncedTaskIsDone() {
        var startup = new StartupTasks();
        assertThat(startup.health().getStatus()).isEqualTo(Status.UP);
        startup.expect("données de démonstration");
        startup.expect("index de recherche");
        assertThat(startup.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        startup.done("données de démonstration");
        assertThat(startup.ready()).isFalse();
        assertThat(startup.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        startup.done("index de recherche");
        assertThat(startup.health().getStatus()).isEqualTo(Status.UP);
    }
}
