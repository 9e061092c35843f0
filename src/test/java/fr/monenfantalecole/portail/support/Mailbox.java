package fr.monenfantalecole.portail.support;

import fr.monenfantalecole.portail.mail.OutboxDelivery;
import fr.monenfantalecole.portail.mail.PickupFolder;
import fr.monenfantalecole.portail.mail.Transport;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What a person finds in their mailbox: without SMTP (tests, demo), the pickup folder where the
 * outbox drops each message once it has left. Reads the personal links that only the e-mail holds.
 */
@Component
public class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final OutboxDelivery delivery;
    private final Path dir;

    Mailbox(OutboxDelivery delivery, Transport transport) {
        this.delivery = delivery;
        this.dir = ((PickupFolder) transport).dir();
    }

    /**
     * The path and query of the newest link to {@code path} in a mail received by {@code to}, waiting
     * until the outbox has delivered it (a link written earlier by the same test is not mistaken for it
     * when {@code after} is given).
     */
    public String link(String to, String path, Instant after) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            delivery.deliverDue(Instant.now());
            var found = newest(to, path, after);
            if (found.isPresent()) {
                return found.get();
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError("Aucun courriel à " + to + " avec un lien vers " + path + " dans " + dir);
    }

    private Optional<String> newest(String to, String path, Instant after) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(f -> Long.parseLong(f.getFileName().toString().split("-")[0]) >= after.toEpochMilli())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .map(Mailbox::read)
                    .filter(text -> text.lines().findFirst().orElse("").equalsIgnoreCase("À : " + to))
                    .flatMap(text -> LINK.matcher(text).results().map(m -> URI.create(m.group())))
                    .filter(uri -> uri.getRawPath().equals(path))
                    .map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                    .findFirst();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
