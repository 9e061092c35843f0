package fr.monenfantalecole.portail.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One portal per data directory. The portal stops a PostgreSQL left running on its directory by a
 * previous run (killed with {@code kill -9}); that must never be the database of a portal still
 * running. This lock, held by the JVM for its whole life and released by the operating system when
 * the JVM dies however it dies, tells the two apart: whoever gets it knows no other portal is alive
 * on the directory.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDir) throws IOException {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".portail.lock");
        var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // Held by this very JVM: another portal context on the same directory.
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Un autre portail utilise déjà les données de " + dataDir
                    + " : arrêtez-le, ou donnez à celui-ci un autre dossier (PORTAIL_POSTGRES_DIR).");
        }
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
