package fr.monenfantalecole.portail.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Without an SMTP server (the embedded demo), mail is "delivered" as one text file per message in a
 * folder next to the database ({@code portail.mail.depot}): the developer who runs the portal opens
 * the invitation or reset link there, while the back office, which agents and admins read, only ever
 * shows it masked. Only the account running the portal can read the folder.
 */
public final class PickupFolder implements Transport {

    private final Path dir;

    public PickupFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public @Nullable String send(Message message) {
        try {
            Files.createDirectories(dir);
            restrict(dir);
            // Named by time then id, so that listing the folder sorts the newest last, across restarts.
            Path file = dir.resolve("%013d-%d.txt".formatted(Instant.now().toEpochMilli(), message.id()));
            Files.writeString(
                    file,
                    """
                    À : %s
                    Objet : %s

                    %s""".formatted(message.to(), message.subject(), message.body()),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
            return null;
        } catch (IOException | RuntimeException e) {
            return "Dossier de dépôt " + dir + " : " + e.getClass().getSimpleName();
        }
    }

    private static void restrict(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: the folder keeps the permissions of its parent.
        }
    }
}
