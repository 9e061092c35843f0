package fr.monenfantalecole.portail.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL writes every acknowledged commit to disk before answering, and its pages
 * survive a power loss: zonky's throwaway-database defaults (-F, synchronous_commit=off) are
 * overridden, in the suite as in the default run.
 */
@PortailTest
class EmbeddedPostgresDurabilityIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void commitsAreFlushedToDiskBeforeTheyAreAcknowledged() {
        assertThat(show("fsync")).as("fsync").isEqualTo("on");
        assertThat(show("synchronous_commit")).as("synchronous_commit").isEqualTo("on");
        assertThat(show("full_page_writes")).as("full_page_writes").isEqualTo("on");
    }

    @Test
    void theSettingsComeFromTheServerCommandLineSoNoSessionStartsWithLess() {
        assertThat(jdbc.sql("select source from pg_settings where name = 'fsync'")
                        .query(String.class)
                        .single())
                .isEqualTo("command line");
        assertThat(jdbc.sql("select reset_val from pg_settings where name = 'synchronous_commit'")
                        .query(String.class)
                        .single())
                .isEqualTo("on");
    }

    private String show(String setting) {
        return jdbc.sql("show " + setting).query(String.class).single();
    }
}
