package fr.monenfantalecole.portail.shared;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Map tiles for establishment pages. Any XYZ tile server works ({z}/{x}/{y}, optional {s}); when
 * tiles cannot load, pages fall back to the plain address.
 */
@ConfigurationProperties("portail.carte")
public record MapProperties(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
        String tuilesUrl,

        @DefaultValue("© les contributeurs d’OpenStreetMap") String attribution) {

    /** The origin the browser may load tiles from, for the Content-Security-Policy. */
    public String tileOrigin() {
        var uri = URI.create(tuilesUrl
                .replace("{s}", "a")
                .replace("{z}", "0")
                .replace("{x}", "0")
                .replace("{y}", "0")
                .replace("{r}", ""));
        String host = tuilesUrl.contains("{s}.")
                ? "*." + uri.getHost().substring(uri.getHost().indexOf('.') + 1)
                : uri.getHost();
        return uri.getScheme() + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }
}
