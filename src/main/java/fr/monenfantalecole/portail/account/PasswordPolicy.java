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

    /** The rule a new password breaks. */
    public enum Broken {
        TOO_SHORT,
        TOO_LONG,
        MISMATCH
    }

    /** The rule this password breaks, or null when it can be chosen. */
    public static @Nullable Broken broken(String password) {
        if (password.codePointCount(0, password.length()) < MIN_CHARS) {
            return Broken.TOO_SHORT;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Broken.TOO_LONG;
        }
        return null;
    }

    /** The rule the new password and its confirmation break, or null when they can be taken. */
    public static @Nullable Broken broken(String password, String confirmation) {
        Broken broken = broken(password);
        return broken != null || password.equals(confirmation) ? broken : Broken.MISMATCH;
    }

    /**
     * Why this password cannot be chosen, in French, or null when it can. Forms check it with
     * {@link NewPassword}, whose messages (the same words) are in i18n/account.properties.
     */
    public static @Nullable String problem(String password) {
        return message(broken(password));
    }

    /** Why the new password and its confirmation cannot be taken, or null. */
    public static @Nullable String problem(String password, String confirmation) {
        return message(broken(password, confirmation));
    }

    private static @Nullable String message(@Nullable Broken broken) {
        if (broken == null) {
            return null;
        }
        return switch (broken) {
            case TOO_SHORT -> "Choisissez un mot de passe d'au moins " + MIN_CHARS + " caractères.";
            case TOO_LONG ->
                "Ce mot de passe est trop long : " + MAX_BYTES + " octets au plus, soit " + MAX_BYTES
                        + " lettres sans accent (une lettre accentuée compte pour 2, un emoji pour 4). Raccourcissez-le.";
            case MISMATCH -> MISMATCH;
        };
    }

    public static final String MISMATCH = "Les deux mots de passe ne sont pas identiques.";
}
