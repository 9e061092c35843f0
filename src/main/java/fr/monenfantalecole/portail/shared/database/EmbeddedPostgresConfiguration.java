package fr.monenfantalecole.portail.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import fr.monenfantalecole.portail.shared.DatabaseMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts a real PostgreSQL 17 (zonky binaries from Maven Central) when {@code
 * spring.datasource.url} is not set, and hands its URL to the normal pooled DataSource: zonky's own
 * DataSource is unpooled and serves about 80 times fewer pages a second.
 *
 * <p>As root, zonky runs PostgreSQL in a user namespace ({@code unshare -U}) since PostgreSQL
 * refuses to run as root.
 *
 * <p>zonky is made for throwaway test databases: it starts PostgreSQL with {@code -F} (fsync off)
 * and {@code synchronous_commit=off}, so a crash loses acknowledged writes and a power loss can
 * corrupt the cluster. Here the data lives on: the {@code -c} settings below come after {@code -F}
 * on the command line and win, tests included (docs/reliability/durability.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

    /** Held while the portal runs: a PostgreSQL found on the directory is then a dead run's, never a live portal's. */
    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(EmbeddedPostgresProperties properties) throws IOException {
        var dataDir = properties.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        return DataDirectoryLock.acquire(dataDir);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties, DataDirectoryLock lock)
            throws IOException {
        var dataDir = properties.dataDir().toAbsolutePath().normalize();
        PreviousPostmaster.stopIfRunning(dataDir, STOP_PATIENCE);
        if (properties.clean()) {
            // zonky's initdb needs an empty directory: a run killed before cleaning up leaves one behind.
            FileSystemUtils.deleteRecursively(dataDir);
            Files.createDirectories(dataDir);
        }
        log.info("Démarrage de PostgreSQL embarqué, données dans {}", dataDir);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(properties.clean())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "50")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        return builder.start();
    }

    /** Closed before the database (it depends on it), so a normal stop never triggers it. */
    @Bean(destroyMethod = "close")
    PostmasterWatchdog postmasterWatchdog(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        return PostmasterWatchdog.watch(properties.dataDir().toAbsolutePath().normalize());
    }

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }

    /** Pooled like the external one: {@code spring.datasource.hikari.*} settings apply. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("portail-embedded");
        return dataSource;
    }
}
