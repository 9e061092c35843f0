package fr.monenfantalecole.portail.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after 5 failed logins for one account, or 20 from one address,
 * within 15 minutes, further attempts are refused until the window has passed. Counted in
 * PostgreSQL so that every app node sees the same counts; keys are hashed, never stored raw.
 */
@Component
class LoginThrottle {

    static final int MAX_PER_ACCOUNT = 5;
    static final int MAX_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isBlocked(String email, String address) {
        return failures(accountKey(email)) >= MAX_PER_ACCOUNT || failures(addressKey(address)) >= MAX_PER_ADDRESS;
    }

    void recordFailure(String email, String address) {
        jdbc.sql("insert into login_failure (key_hash) values (:a), (:b)")
                .param("a", accountKey(email)).param("b", addressKey(address))
                .update();
        jdbc.sql("delete from login_failure where failed_at < now() - make_interval(secs => :secs)")
                .param("secs", WINDOW.toSeconds() * 4)
                .update();
    }

    void recordSuccess(String email) {
        jdbc.sql("delete from login_failure where key_hash = :key").param("key", accountKey(email)).update();
    }

    private int failures(String key) {
        return jdbc.sql("""
                select count(*) from login_failure
                 where key_hash = :key and failed_at > now() - make_interval(secs => :secs)""")
                .param("key", key).param("secs", WINDOW.toSeconds())
                .query(Integer.class).single();
    }

    private static String accountKey(String email) {
        return hash("account:" + email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return hash("address:" + address);
    }

    private static String hash(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
