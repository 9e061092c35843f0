package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.monenfantalecole.portail.PortailApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two ways the portal finds its database: the embedded PostgreSQL it starts itself, whose data
 * survives a restart, or an external server given by spring.datasource.url, where it starts nothing
 * and loads no demo.
 */
class DatabaseModesIntegrationTest {

    @Test
    void withAnExternalServerItStartsNothingAndLoadsNoDemo(@TempDir Path temp) throws Exception {
        Path unusedEmbeddedDir = temp.resolve("embedded-must-not-start");
        try (var external = EmbeddedPostgres.builder()
                .setDataDirectory(temp.resolve("external"))
                .setCleanDataDirectory(true)
                .start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (var context = start(
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--portail.embedded-postgres.data-dir=" + unusedEmbeddedDir)) {
                assertThat(context.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EXTERNAL);
                assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(Files.exists(unusedEmbeddedDir)).isFalse();
                var jdbc = context.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select count(*) from collectivite")
                                .query(Integer.class)
                                .single())
                        .isZero();
                assertThat(jdbc.sql("select count(*) from staff_user")
                                .query(Integer.class)
                                .single())
                        .isZero();
                assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                                .query(Integer.class)
                                .single())
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossRestartsAndStopsWithTheApp(@TempDir Path temp) throws Exception {
        Path dataDir = temp.resolve("postgres");
        String url;
        try (var context = start("--portail.embedded-postgres.data-dir=" + dataDir)) {
            assertThat(context.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EMBEDDED);
            url = context.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
            var jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from collectivite")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(6);
            jdbc.sql("update collectivite set couleur_primaire = '#123456' where slug = 'fougeres'")
                    .update();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url).close())
                .as("the embedded PostgreSQL stops with the application")
                .isInstanceOf(SQLException.class);

        try (var context = start("--portail.embedded-postgres.data-dir=" + dataDir)) {
            var jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select couleur_primaire from collectivite where slug = 'fougeres'")
                            .query(String.class)
                            .single())
                    .isEqualTo("#123456");
            assertThat(jdbc.sql("select count(*) from collectivite")
                            .query(Integer.class)
                            .single())
                    .as("the demo is loaded once")
                    .isEqualTo(6);
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        // Free ports for the site and the actuator: the suite's own portal may hold the others.
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--management.server.port=0";
        return new SpringApplicationBuilder(PortailApplication.class).run(all);
    }
}
