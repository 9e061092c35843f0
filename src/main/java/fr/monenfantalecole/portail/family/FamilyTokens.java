package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.SecretTokens;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secrets of a family account's personal links: e-mail verification and password reset (single
 * use, expiring) and the agenda feed (revocable, one at a time). Only their SHA-256 is stored; the
 * token itself exists in the e-mail or on the adult's page, never in a log.
 */
@Component
class FamilyTokens {

    public enum Usage {
        VERIFICATION("verification", Duration.ofDays(3)),
        REINITIALISATION("reinitialisation", Duration.ofHours(1)),
        AGENDA("agenda", null);

        private final String code;
        private final @Nullable Duration validity;

        Usage(String code, @Nullable Duration validity) {
            this.code = code;
            this.validity = validity;
        }
    }

    private final JdbcClient jdbc;

    FamilyTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token; for single-use ones, the earlier unused tokens of the same use stop working. */
    public String issue(long adultId, Usage usage) {
        String token = SecretTokens.generate();
        jdbc.sql("delete from famille_jeton where adulte_id = :adult and usage = :usage and utilise_le is null")
                .param("adult", adultId)
                .param("usage", usage.code)
                .update();
        jdbc.sql("""
                insert into famille_jeton (jeton_hash, adulte_id, usage, expire_le)
                values (:hash, :adult, :usage, now() + make_interval(secs => :secs))""")
                .param("hash", SecretTokens.hash(token))
                .param("adult", adultId)
                .param("usage", usage.code)
                .param("secs", usage.validity == null ? null : usage.validity.toSeconds())
                .update();
        return token;
    }

    /** Uses a single-use token once: the adult it was for, or empty when unknown, used or expired. */
    public Optional<Long> use(String token, Usage usage) {
        return jdbc.sql("""
                update famille_jeton set utilise_le = now()
                 where jeton_hash = :hash and usage = :usage and utilise_le is null and expire_le > now()
                returning adulte_id""")
                .param("hash", SecretTokens.hash(token))
                .param("usage", usage.code)
                .query(Long.class)
                .optional();
    }

    /** Whether a single-use token would still work, without using it (the form before the change). */
    public Optional<Long> peek(String token, Usage usage) {
        return jdbc.sql("""
                select adulte_id from famille_jeton
                 where jeton_hash = :hash and usage = :usage and utilise_le is null
                   and (expire_le is null or expire_le > now())""")
                .param("hash", SecretTokens.hash(token))
                .param("usage", usage.code)
                .query(Long.class)
                .optional();
    }

    public boolean has(long adultId, Usage usage) {
        return jdbc.sql("select count(*) from famille_jeton where adulte_id = :adult and usage = :usage")
                        .param("adult", adultId)
                        .param("usage", usage.code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void revoke(long adultId, Usage usage) {
        jdbc.sql("delete from famille_jeton where adulte_id = :adult and usage = :usage")
                .param("adult", adultId)
                .param("usage", usage.code)
                .update();
    }
}
