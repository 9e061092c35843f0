package fr.monenfantalecole.portail.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor of a staff account: a TOTP secret (RFC 6238, 30 s, 6 digits, the
 * settings every authenticator app reads from a QR code), pending until a code confirms it, and
 * ten single-use recovery codes stored as SHA-256 hashes (they are random, not chosen: a slow hash
 * adds nothing). A code is accepted once, one step either side of now for clocks that drift.
 */
@Component
public class SecondFactor {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final LoginEvents events;

    SecondFactor(JdbcClient jdbc, LoginEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public boolean isActive(long userId) {
        return jdbc.sql("select totp_confirmed_at is not null from staff_user where id = :id")
                .param("id", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The secret shown while the enrolment waits for its first code; never once it is active. */
    public Optional<String> pendingSecret(long userId) {
        return jdbc.sql("select totp_secret from staff_user where id = :id and totp_confirmed_at is null")
                .param("id", userId)
                .query(String.class)
                .optional();
    }

    /** Starts (or restarts) an enrolment with a new secret; an active second factor is left alone. */
    public void start(long userId) {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        jdbc.sql("update staff_user set totp_secret = :secret where id = :id and totp_confirmed_at is null")
                .param("secret", new Base32().encodeToString(key))
                .param("id", userId)
                .update();
    }

    /** Activates the pending secret if the code is right, and returns the recovery codes to show once. */
    @Transactional
    public Optional<List<String>> confirm(long userId, String code) {
        var secret = pendingSecret(userId);
        if (secret.isEmpty() || !acceptCode(userId, secret.get(), code)) {
            return Optional.empty();
        }
        jdbc.sql("update staff_user set totp_confirmed_at = now() where id = :id")
                .param("id", userId)
                .update();
        jdbc.sql("delete from staff_recovery_code where user_id = :id")
                .param("id", userId)
                .update();
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            jdbc.sql("insert into staff_recovery_code (user_id, code_hash) values (:id, :hash)")
                    .param("id", userId)
                    .param("hash", sha256(recovery))
                    .update();
        }
        events.secondFactorEnrolled(userId);
        return Optional.of(codes);
    }

    /** Whether the code from the app (or an unused recovery code) proves the second factor. */
    public boolean verify(long userId, String typed) {
        String code = typed.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
        var secret = jdbc.sql("select totp_secret from staff_user where id = :id and totp_confirmed_at is not null")
                .param("id", userId)
                .query(String.class)
                .optional();
        if (secret.isEmpty()) {
            return false;
        }
        if (code.matches("[0-9]{6}")) {
            return acceptCode(userId, secret.get(), code);
        }
        String hash = sha256(code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code);
        return jdbc.sql(
                                "update staff_recovery_code set used_at = now() where user_id = :id and code_hash = :hash and used_at is null")
                        .param("id", userId)
                        .param("hash", hash)
                        .update()
                == 1;
    }

    /** The address an authenticator app reads from the QR code. */
    public static String otpauthUri(String secret, String account) {
        String label = java.net.URLEncoder.encode("Mon enfant à l'école:" + account, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + java.net.URLEncoder.encode("Mon enfant à l'école", StandardCharsets.UTF_8)
                        .replace("+", "%20")
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The code an app shows at this instant for this secret (tests compute it as the app would). */
    public static String codeAt(String secret, Instant instant) {
        try {
            return TOTP.generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm()), instant);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts a code of this step or a neighbour, once: a later step than the last one accepted. */
    private boolean acceptCode(long userId, String secret, String typed) {
        String code = typed.replaceAll("\\s", "");
        long now = Instant.now().getEpochSecond() / 30;
        for (long step = now - 1; step <= now + 1; step++) {
            String expected = codeAt(secret, Instant.ofEpochSecond(step * 30));
            if (MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return jdbc.sql("""
                        update staff_user set totp_last_step = :step
                         where id = :id and (totp_last_step is null or totp_last_step < :step)""").param("step", step).param("id", userId).update() == 1;
            }
        }
        return false;
    }

    private static String recoveryCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            if (i == 4) {
                code.append('-');
            }
        }
        return code.toString();
    }

    private static String sha256(String value) {
        return SecretTokens.hash(value);
    }
}
