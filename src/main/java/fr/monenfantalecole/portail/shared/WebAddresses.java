package fr.monenfantalecole.portail.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Which imported addresses may become links: web pages over http(s), and e-mail addresses. */
public final class WebAddresses {

    /** The e-mail syntax browsers check for {@code <input type="email">} (WHATWG HTML). */
    private static final Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$");

    private WebAddresses() {}

    /** An absolute http or https address with a host, and nothing a browser would read otherwise. */
    public static boolean isWebPage(@Nullable String value) {
        if (value == null || value.length() > 2000 || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            var uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static boolean isEmail(@Nullable String value) {
        return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
    }
}
