package fr.monenfantalecole.portail.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no external database is configured.
 *
 * @param dataDir where the cluster lives; it survives restarts
 * @param clean whether to wipe the data directory at start (tests only)
 * @param port 0 picks a free port
 */
@ConfigurationProperties("portail.embedded-postgres")
record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDir,
        @DefaultValue("false") boolean clean,
        @DefaultValue("0") int port) {}
