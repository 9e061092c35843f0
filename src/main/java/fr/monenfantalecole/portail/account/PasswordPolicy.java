package fr.monenfantalecole.portail.account;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * What a new password must be. bcrypt reads at most 72 bytes and Spring Security refuses to hash more
 * (it used to ignore the rest silently): rather than pre-hash, which would change the stored format of
 * every account, a longer password is refused with the limit in words a person understands.
 */
public final class PasswordPolicy {

    public static final int MIN_CHARS = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    /** Why this password cannot be chosen, in French, or null when it can. */
    public static @Nullable String problem(String password) {
        if (password.codePointCount(0, password.length()) < MIN_CHARS) {
            return "Choisissez un mot de passe d'au moins " + MIN_CHARS + " caractères.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "Ce mot de passe est trop long : " + MAX_BYTES + " octets au plus, soit " + MAX_BYTES
                    + " lettres sans accent (une lettre accentuée compte pour 2, un emoji pour 4). Raccourcissez-le.";
        }
        return null;
    }

    /** Why the new password and its confirmation cannot be taken, or null. */
    public static @Nullable String problem(String password, String confirmation) {
        String problem = problem(password);
        return problem != null || password.equals(confirmation) ? problem : MISMATCH;
    }

    public static final String MISMATCH = "Les deux mots de passe ne sont pas identiques.";
}
