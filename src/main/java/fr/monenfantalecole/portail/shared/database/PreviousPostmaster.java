package fr.monenfantalecole.portail.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL a previous run left on the data directory: after a {@code kill -9} of the JVM, its
 * postmaster keeps running and holds {@code postmaster.pid}, and a new one refuses to start there.
 * It is stopped before the new start, as {@code pg_ctl stop} would; a lock file naming a process
 * that is not PostgreSQL at all (its number reused) is removed.
 */
final class PreviousPostmaster {

    private static final Logger log = LoggerFactory.getLogger(PreviousPostmaster.class);
    static final String PID_FILE = "postmaster.pid";

    private PreviousPostmaster() {}

    static void stopIfRunning(Path dataDir, Duration patience) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        Optional<Long> pid = pidOf(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> running = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (running.isEmpty()) {
            return; // PostgreSQL removes a lock file whose process is gone by itself.
        }
        var info = running.get().info();
        // Linux shows "…/postgres (deleted)" once the binaries zonky unpacked are cleaned from /tmp.
        String executable = info.command().orElse("").replace(" (deleted)", "");
        if ((!executable.isEmpty() && !executable.endsWith("/postgres"))
                || pid.get() == ProcessHandle.current().pid()) {
            // No postmaster has that number any more (another program, or this JVM, after a reboot): the
            // lock file is stale, PostgreSQL would refuse to start. A postgres process is never taken
            // for another program, even when its unpacked binary was deleted since.
            log.warn(
                    "Le fichier {} désigne le processus {}, qui n'est pas PostgreSQL : fichier périmé retiré",
                    pidFile,
                    pid.get());
            Files.deleteIfExists(pidFile);
            return;
        }
        if (!names(info.commandLine().orElse(""), dataDir)) {
            return; // Not recognisably this directory's: PostgreSQL's own interlock decides.
        }
        log.warn(
                "PostgreSQL d'un lancement précédent (processus {}) tourne encore sur {} : arrêt avant de redémarrer",
                pid.get(),
                dataDir);
        // SIGTERM is PostgreSQL's "smart" shutdown: the previous JVM is gone, so are its sessions.
        running.get().destroy();
        try {
            running.get().onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "PostgreSQL d'un lancement précédent (processus " + pid.get() + ") ne s'est pas arrêté en "
                            + patience.toSeconds() + " s ; arrêtez-le puis relancez",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first line of {@code postmaster.pid} is the postmaster's process number. */
    static Optional<Long> pidOf(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The command line names exactly this directory ({@code -D <dir>}), not one that merely starts like it. */
    private static boolean names(String command, Path dataDir) {
        try {
            var words = List.of(command.split("\\s+"));
            return words.contains(dataDir.toString())
                    || words.contains(dataDir.toRealPath().toString());
        } catch (IOException e) {
            return false;
        }
    }
}
