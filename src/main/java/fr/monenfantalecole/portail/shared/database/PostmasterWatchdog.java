package fr.monenfantalecole.portail.shared.database;

import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded PostgreSQL when the JVM dies without closing it ({@code kill -9}, out of
 * memory): pg_ctl detaches the postmaster, so nothing else would. A shell waits for the end of a
 * pipe only this JVM holds; when the JVM is gone the pipe closes, and the shell asks the postmaster
 * for a fast shutdown, provided the lock file still names it and it still runs the postgres binary
 * (its number may have been reused).
 * Without a shell (not Unix) the next start stops the orphan instead ({@link PreviousPostmaster}).
 */
final class PostmasterWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);
    private static final String SCRIPT = """
            read -r _
            [ "$(head -n 1 "$1" 2>/dev/null)" = "$2" ] || exit 0
            case "$(readlink "/proc/$2/exe")" in */postgres|*"/postgres (deleted)") kill -INT "$2" ;; esac
            """;

    private final @Nullable Process shell;

    private PostmasterWatchdog(@Nullable Process shell) {
        this.shell = shell;
    }

    /** Watches the postmaster that holds {@code dataDir}; a no-op where no shell can be started. */
    static PostmasterWatchdog watch(Path dataDir) {
        Path pidFile = dataDir.resolve(PreviousPostmaster.PID_FILE);
        var pid = PreviousPostmaster.pidOf(pidFile);
        if (pid.isEmpty() || !Path.of("/bin/sh").toFile().canExecute()) {
            return new PostmasterWatchdog(null);
        }
        try {
            Process shell = new ProcessBuilder(
                            "/bin/sh",
                            "-c",
                            SCRIPT,
                            "portail-postgres-watchdog",
                            pidFile.toString(),
                            String.valueOf(pid.get()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new PostmasterWatchdog(shell);
        } catch (IOException e) {
            log.warn(
                    "Surveillance de PostgreSQL embarqué impossible ({}) : un arrêt brutal le laissera tourner "
                            + "jusqu'au prochain démarrage",
                    e.getMessage());
            return new PostmasterWatchdog(null);
        }
    }

    /** On a normal stop the shell is killed first, so it never signals the postmaster. */
    @Override
    public void close() {
        if (shell != null) {
            shell.destroyForcibly();
            shell.onExit().join();
        }
    }
}
