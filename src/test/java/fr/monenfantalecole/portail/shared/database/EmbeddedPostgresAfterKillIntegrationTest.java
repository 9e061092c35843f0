package fr.monenfantalecole.portail.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.PortailApplication;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal started as its own process, as in production, then killed with {@code kill -9}: the
 * next start on the same data directory comes up with the data even when the postmaster was left
 * running (the JVM killed with everything it started), and a JVM killed alone takes its PostgreSQL
 * down with it.
 */
class EmbeddedPostgresAfterKillIntegrationTest {

    private static final long START_MINUTES = 20;

    @TempDir
    Path temp;

    private final List<Process> portals = new ArrayList<>();
    private final List<Long> postmasters = new ArrayList<>();

    @Test
    void aKilledPortalRestartsOnItsDataAndLeavesNoPostgresBehind() throws Exception {
        Path dataDir = temp.resolve("postgres");

        Process first = start(dataDir);
        long firstPostmaster = postmaster(dataDir);
        sql(dataDir, "update collectivite set couleur_primaire = '#123456' where slug = 'fougeres'");
        // As a container stop or a process-group kill would: the JVM and what it started, not the detached postmaster.
        first.descendants().forEach(ProcessHandle::destroyForcibly);
        first.destroyForcibly().onExit().get(1, TimeUnit.MINUTES);
        assertThat(alive(firstPostmaster))
                .as("the postmaster is orphaned, holding the data directory")
                .isTrue();

        Process second = start(dataDir);
        assertThat(alive(firstPostmaster))
                .as("the orphan postmaster was stopped before the new start")
                .isFalse();
        assertThat(colour(dataDir)).as("the data written before the kill").isEqualTo("#123456");
        long secondPostmaster = postmaster(dataDir);

        second.destroyForcibly().onExit().get(1, TimeUnit.MINUTES);
        var stopped = ProcessHandle.of(secondPostmaster)
                .map(p -> p.onExit().completeOnTimeout(p, 2, TimeUnit.MINUTES).join());
        assertThat(stopped.map(ProcessHandle::isAlive).orElse(false))
                .as("the postmaster of a portal killed alone stops with it")
                .isFalse();
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @AfterEach
    void killWhatIsLeft() {
        portals.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
        postmasters.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    /** Starts the portal in a JVM of its own and waits until it says it is ready for traffic. */
    private Process start(Path dataDir) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process portal = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        classpath,
                        PortailApplication.class.getName(),
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--management.server.port=0",
                        "--portail.embedded-postgres.data-dir=" + dataDir,
                        // Ready means the runners (the demo) are done: "Started" is logged before them.
                        "--logging.level.org.springframework.boot.availability=debug")
                .redirectErrorStream(true)
                .start();
        portals.add(portal);
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        var started = new CompletableFuture<Void>();
        Thread.ofVirtual().start(() -> {
            try (var lines =
                    new BufferedReader(new InputStreamReader(portal.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    if (line.contains("ReadinessState changed") && line.contains("to ACCEPTING_TRAFFIC")) {
                        started.complete(null);
                    }
                }
            } catch (java.io.IOException e) {
                // The process was killed: its output ends.
            }
            started.completeExceptionally(new AssertionError("le portail s'est arrêté au démarrage :\n"
                    + String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()))));
        });
        try {
            started.get(START_MINUTES, TimeUnit.MINUTES);
        } catch (java.util.concurrent.TimeoutException e) {
            List<String> lines = List.copyOf(output); // a copy: the reader thread may still be adding lines
            throw new AssertionError(
                    "le portail n'est pas prêt après " + START_MINUTES + " min :\n"
                            + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())),
                    e);
        }
        postmasters.add(postmaster(dataDir));
        return portal;
    }

    private static long postmaster(Path dataDir) throws Exception {
        return Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip());
    }

    /** The fourth line of postmaster.pid is the port PostgreSQL listens on. */
    private static String url(Path dataDir) throws Exception {
        String port =
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).strip();
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    private static void sql(Path dataDir, String update) throws Exception {
        try (var connection = DriverManager.getConnection(url(dataDir));
                var statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(update)).isEqualTo(1);
        }
    }

    private static String colour(Path dataDir) throws Exception {
        try (var connection = DriverManager.getConnection(url(dataDir));
                var statement = connection.createStatement();
                var rows =
                        statement.executeQuery("select couleur_primaire from collectivite where slug = 'fougeres'")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
