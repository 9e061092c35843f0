package fr.monenfantalecole.portail.enrolment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The proofs' bytes in a folder outside anything served: one file per key, written to a temporary
 * name then moved, so a reader never sees half a file. A file left by a rolled-back request is
 * harmless (no row names it).
 */
class DiskDocumentStore implements DocumentStore {

    private final Path folder;

    DiskDocumentStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public void put(UUID key, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "depot", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, path(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] get(UUID key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(UUID key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<UUID> keys(Instant writtenBefore) {
        var keys = new ArrayList<UUID>();
        if (!Files.isDirectory(folder)) {
            return keys;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                try {
                    UUID key = UUID.fromString(file.getFileName().toString());
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(writtenBefore)) {
                        keys.add(key);
                    }
                } catch (IllegalArgumentException notAKey) {
                    // A temporary file being written, or anything else: not a proof.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private Path path(UUID key) {
        return folder.resolve(key.toString());
    }
}
