package fr.monenfantalecole.portail.audience;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Phone or computer, read from the user agent only (no screen measure, nothing asked of the browser). */
public enum Device {
    MOBILE("Téléphone ou tablette"),
    ORDINATEUR("Ordinateur");

    /** Robots, link checkers, monitoring and command-line clients: never counted. */
    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|scrap|preview|monitor|uptime|pingdom|check|curl|wget|python|java/|okhttp"
                    + "|go-http|libwww|httpclient|axios|node-fetch|lighthouse|facebookexternalhit|wrk",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MOBILE_AGENT =
            Pattern.compile("mobi|android|iphone|ipad|ipod", Pattern.CASE_INSENSITIVE);

    private final String libelle;

    Device(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the user agent is a person's browser: browsers all announce "Mozilla/". */
    static boolean isBrowser(@Nullable String userAgent) {
        return userAgent != null
                && userAgent.startsWith("Mozilla/")
                && !ROBOT.matcher(userAgent).find();
    }

    static Device of(String userAgent) {
        return MOBILE_AGENT.matcher(userAgent).find() ? MOBILE : ORDINATEUR;
    }
}
