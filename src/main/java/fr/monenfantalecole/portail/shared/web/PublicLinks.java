package fr.monenfantalecole.portail.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links to the platform, for e-mails: always on its configured public address, never on the
 * request's Host, which anyone can forge. Staff and family e-mails build their links here.
 */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${portail.url-publique:http://localhost:8080}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** {@code link("/admin/mot-de-passe/nouveau?jeton=…")}: the path on the public address. */
    public String link(String path) {
        return base + path;
    }
}
