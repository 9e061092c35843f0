package fr.monenfantalecole.portail.account;

import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking the owner out. Each attempt takes a slot, before the
 * password is checked, from two budgets: the pair (account, client address), which after
 * {@value #PAIR_BUDGET} attempts waits 30 s, then twice as long after each further attempt, up to
 * 15 minutes; and the client address, locked 15 minutes after {@value #ADDRESS_BUDGET} attempts on
 * any accounts. The owner, from another address, is never slowed down by an attacker. A slot is
 * taken by one statement (insert … on conflict … returning), so parallel attempts cannot all pass a
 * check made before they are counted. Counted in PostgreSQL so that every app node sees the same
 * counts; keys are hashed, never stored raw. An address is counted by its network ({@link
 * ClientNetwork}: an IPv6 client by its /64), so rotating addresses inside one's own block gives no
 * fresh budget. A code of the second factor also takes a slot from the account alone ({@value
 * #CODE_BUDGET} wrong codes, then the same growing delays): whoever holds the password can change
 * address, and six digits are guessed faster than a password.
 */
@Component
public class LoginThrottle {

    static final int PAIR_BUDGET = 5;
    static final int ADDRESS_BUDGET = 20;
    static final int CODE_BUDGET = 10;
    static final Duration ADDRESS_LOCK = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** A pair that has been quiet this long starts afresh. */
    static final Duration PAIR_MEMORY = Duration.ofHours(1);

    /** An attempt refused, and how long to wait before the next one (rounded up to the minute). */
    public record Refusal(long minutes) {}

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a slot for an attempt on the account (its id when the login names one, else the
     * normalised login) from the address; empty when the attempt may go on to the password check.
     */
    public Optional<Refusal> take(String account, String rawAddress) {
        String address = ClientNetwork.of(rawAddress);
        if (!takeSlot(addressKey(address), ADDRESS_BUDGET, ADDRESS_LOCK, ADDRESS_LOCK, ADDRESS_LOCK)) {
            return Optional.of(refusal(addressKey(address)));
        }
        if (!takeSlot(pairKey(account, address), PAIR_BUDGET, FIRST_DELAY, MAX_DELAY, PAIR_MEMORY)) {
            return Optional.of(refusal(pairKey(account, address)));
        }
        return Optional.empty();
    }

    /**
     * Takes a slot for a second-factor code: from the address and the pair as for a password, then
     * from the account whatever the address.
     */
    Optional<Refusal> takeCode(String account, String address) {
        return take(account, address).or(() -> {
            String key = accountKey(account);
            return takeSlot(key, CODE_BUDGET, FIRST_DELAY, MAX_DELAY, PAIR_MEMORY)
                    ? Optional.empty()
                    : Optional.of(refusal(key));
        });
    }

    /**
     * A success clears the pair, and the first success of each account from the address in a while
     * gives the address its slot back (an office's many colleagues behind one address). Only the
     * first: someone logging into their own account between guesses at others' gets one slot back,
     * not one per guess.
     */
    public void succeeded(String account, String rawAddress) {
        String address = ClientNetwork.of(rawAddress);
        jdbc.sql("delete from login_throttle where key_hash in (:keys)")
                .param("keys", java.util.List.of(pairKey(account, address), accountKey(account)))
                .update();
        boolean firstSuccess = jdbc.sql("""
                insert into login_throttle as t (key_hash, attempts, next_at, updated_at)
                values (:key, 0, now(), now())
                on conflict (key_hash) do update set updated_at = now()
                  where t.updated_at < now() - make_interval(secs => :memory)
                returning 1""")
                .param("key", hash("credit:" + account + "\n" + address))
                .param("memory", PAIR_MEMORY.toSeconds())
                .query(Integer.class)
                .optional()
                .isPresent();
        if (firstSuccess) {
            jdbc.sql("update login_throttle set attempts = greatest(attempts - 1, 0) where key_hash = :key")
                    .param("key", addressKey(address))
                    .update();
        }
        jdbc.sql("delete from login_throttle where updated_at < now() - make_interval(secs => :secs)")
                .param("secs", PAIR_MEMORY.toSeconds())
                .update();
    }

    /**
     * One statement counts the attempt and decides: a key still waiting is not updated, so nothing
     * is returned. Reaching the budget sets the wait before the next attempt, doubling each time.
     */
    private boolean takeSlot(String key, int budget, Duration firstDelay, Duration maxDelay, Duration memory) {
        return jdbc.sql("""
                insert into login_throttle as t (key_hash, attempts, next_at, updated_at)
                values (:key, 1, now(), now())
                on conflict (key_hash) do update set
                    attempts = case when t.updated_at < now() - make_interval(secs => :memory) then 1
                                    else t.attempts + 1 end,
                    next_at = case when t.updated_at >= now() - make_interval(secs => :memory)
                                        and t.attempts + 1 >= :budget
                                   then now() + make_interval(secs => least(:max,
                                            :first * power(2, t.attempts + 1 - :budget)))
                                   else now() end,
                    updated_at = now()
                  where t.next_at <= now()
                returning attempts""")
                .param("key", key)
                .param("budget", budget)
                .param("memory", memory.toSeconds())
                .param("first", firstDelay.toSeconds())
                .param("max", maxDelay.toSeconds())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    private Refusal refusal(String key) {
        long seconds = jdbc.sql(
                        "select greatest(extract(epoch from next_at - now()), 0) from login_throttle where key_hash = :key")
                .param("key", key)
                .query(Double.class)
                .optional()
                .orElse(0.0)
                .longValue();
        return new Refusal(Math.max(1, (seconds + 59) / 60));
    }

    private static String pairKey(String account, String address) {
        return hash("pair:" + account + "\n" + address);
    }

    private static String accountKey(String account) {
        return hash("account:" + account);
    }

    private static String addressKey(String address) {
        return hash("address:" + address);
    }

    private static String hash(String value) {
        return SecretTokens.hash(value);
    }
}
