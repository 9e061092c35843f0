package fr.monenfantalecole.portail.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

    @TempDir
    Path temp;

    @Test
    void aSecondPortalOnTheSameDataIsRefusedBeforeItTouchesTheFirstOnesDatabase() throws Exception {
        Path data = Files.createDirectories(temp.resolve("postgres"));
        try (var first = DataDirectoryLock.acquire(data)) {
            assertThatThrownBy(() -> DataDirectoryLock.acquire(data))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Un autre portail utilise déjà les données de " + data);
            // Another directory is another portal's business.
            try (var other = DataDirectoryLock.acquire(Files.createDirectories(temp.resolve("postgres-2")))) {
                assertThat(other).isNotNull();
            }
        }
        // Released when the first portal stops (or dies: the operating system releases it).
        try (var again = DataDirectoryLock.acquire(data)) {
            assertThat(again).isNotNull();
        }
    }
}
