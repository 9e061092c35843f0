package fr.monenfantalecole.portail.family;

import com.nulabinc.zxcvbn.Zxcvbn;
import fr.monenfantalecole.portail.account.PasswordPolicy;
import fr.monenfantalecole.portail.account.SecretTokens;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Family passwords: hashed with Argon2id (Spring Security's defaults of 5.8: 16 MiB, 2 passes), at
 * least {@link PasswordPolicy#MIN_CHARS} characters, and refused when zxcvbn finds them easy to
 * guess — its dictionaries hold the common-password lists, and the person's own name and address
 * count as guessable too. Not a bean of type PasswordEncoder: staff accounts keep theirs.
 */
@Component
public class FamilyPasswords {

    /** Argon2 has no 72-byte limit; this bound only keeps hashing cheap for whoever sends a megabyte. */
    static final int MAX_CHARS = 200;

    /** zxcvbn's scale: 3 is "safely unguessable" for an online attack. */
    static final int MIN_SCORE = 3;

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /** A real hash of nothing anyone knows, checked when an account has no password (same work, same time). */
    private final String dummy =
            Objects.requireNonNull(encoder.encode(SecretTokens.generate()), "Argon2 always hashes");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    public String hash(String raw) {
        return Objects.requireNonNull(encoder.encode(raw), "Argon2 always hashes");
    }

    public boolean matches(String raw, @Nullable String hash) {
        if (hash == null) {
            // Same work as a real check, so that an account without a password is not told apart by timing.
            encoder.matches(raw, dummy);
            return false;
        }
        return encoder.matches(raw, hash);
    }

    /** What is wrong with a new password and its confirmation: the field to mark and the message key. */
    public record Problem(String field, String code) {}

    /**
     * The one check of a new password wherever it is chosen (sign-up, reset, change): the rules of
     * {@link #problem}, then the confirmation; null when both are right.
     */
    public @Nullable Problem check(String raw, @Nullable String confirmation, List<String> personal) {
        String code = problem(raw, personal);
        if (code != null) {
            return new Problem("motDePasse", code);
        }
        return raw.equals(confirmation) ? null : new Problem("confirmation", "famille.motDePasse.differents");
    }

    /** Why this password cannot be chosen (a message key of i18n/family.properties), or null. */
    public @Nullable String problem(String raw, List<String> personal) {
        int length = raw.codePointCount(0, raw.length());
        if (length < PasswordPolicy.MIN_CHARS) {
            return "famille.motDePasse.court";
        }
        if (length > MAX_CHARS) {
            return "famille.motDePasse.long";
        }
        if (zxcvbn.measure(raw, personal).getScore() < MIN_SCORE) {
            return "famille.motDePasse.courant";
        }
        return null;
    }
}
