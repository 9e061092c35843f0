package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.shared.PortailClock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The salt of the day that makes a visitor's hash, shared by every node through one row of
 * {@code audience_sel}: the first node to need the new day's salt writes it (random, 32 bytes) and
 * deletes the previous day's, so that nobody, the operator included, can recompute yesterday's hashes
 * and link a visitor from one day to the next. Each node also forgets the salt from its memory at
 * midnight: a view of a day that is over cannot be hashed any more, and is dropped (counted).
 */
@Component
class DailySalt {

    private static final String ALGORITHM = "HmacSHA256";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private volatile @Nullable Today today;

    /** The day's salt, and the keyed HMAC made from it once (looking a Mac up and keying it costs more than hashing). */
    private record Today(LocalDate jour, byte[] sel, Mac mac) {

        Today(LocalDate jour, byte[] sel) {
            this(jour, sel, keyed(sel));
        }

        private static Mac keyed(byte[] sel) {
            try {
                var mac = Mac.getInstance(ALGORITHM);
                mac.init(new SecretKeySpec(sel, ALGORITHM));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 indisponible", e);
            }
        }
    }

    private final Clock clock;

    DailySalt(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The visitor's hash for this day and site: 16 bytes, or null when the day's salt was destroyed. */
    byte @Nullable [] visitor(LocalDate jour, long collectiviteId, String address, String userAgent) {
        Today day = of(jour);
        if (day == null) {
            return null;
        }
        var mac = day.mac();
        synchronized (mac) { // one writer at a time in practice (AudienceStore.flush); a Mac is not thread-safe
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(collectiviteId).array());
            mac.update(address.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(userAgent.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(mac.doFinal(), 16); // doFinal leaves the Mac keyed, ready for the next view
        }
    }

    private @Nullable Today of(LocalDate jour) {
        if (jour.isBefore(LocalDate.now(clock.withZone(PortailClock.ZONE)))) {
            today = null; // each node forgets the salt at midnight, whether or not another one rotated it yet
            return null;
        }
        var known = today;
        if (known != null && known.jour().equals(jour)) {
            return known;
        }
        synchronized (this) {
            boolean later = jdbc.sql("SELECT EXISTS (SELECT 1 FROM audience_sel WHERE jour > ?)")
                    .param(jour)
                    .query((rs, n) -> rs.getBoolean(1))
                    .single();
            if (later) {
                return null; // its day is over and its salt destroyed: never make a new one for it
            }
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            jdbc.sql("INSERT INTO audience_sel (jour, sel) VALUES (?, ?) ON CONFLICT (jour) DO NOTHING")
                    .params(jour, fresh)
                    .update();
            var stored = jdbc.sql("SELECT sel FROM audience_sel WHERE jour = ?")
                    .param(jour)
                    .query((rs, n) -> rs.getBytes(1))
                    .optional();
            if (stored.isEmpty()) {
                return null; // a later day's salt was written by another node, which deleted this one
            }
            jdbc.sql("DELETE FROM audience_sel WHERE jour < ?").param(jour).update();
            known = new Today(jour, stored.get());
            today = known;
            return known;
        }
    }
}
