package fr.monenfantalecole.portail.account;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The one form of a login (an e-mail address) under which accounts are looked up and attempts are
 * counted: Unicode NFKC, surrounding blanks removed, ASCII letters lower-cased and nothing else.
 * Lower-casing only ASCII keeps the rule free of locale (Java's and PostgreSQL's lower-casing of
 * U+0130 differ); the column {@code staff_user.login} is computed by the same rule in SQL, and a
 * test checks that both agree. Control and format characters are refused, not silently dropped.
 */
public final class LoginName {

    private LoginName() {}

    /** The normalised login, or empty when the text holds an invisible control or format character. */
    public static Optional<String> normalise(String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        if (text.codePoints().anyMatch(LoginName::invisible)) {
            return Optional.empty();
        }
        text = text.strip();
        var lower = new StringBuilder(text.length());
        text.codePoints().forEach(c -> lower.appendCodePoint(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        return Optional.of(lower.toString());
    }

    /** What may be shown back to the person: the typed text without its invisible characters. */
    static String visible(String typed) {
        var text = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !invisible(c)).forEach(text::appendCodePoint);
        return text.toString().strip();
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
