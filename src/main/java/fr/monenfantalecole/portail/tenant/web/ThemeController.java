package fr.monenfantalecole.portail.tenant.web;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The collectivité's colours as CSS variables, and its logo. Both carry the branding version in
 * their URL and an ETag, so a change shows at once and an unchanged theme costs a 304.
 */
@Controller
class ThemeController {

    private final Collectivites collectivites;

    ThemeController(Collectivites collectivites) {
        this.collectivites = collectivites;
    }

    @GetMapping(value = "/{slug}/theme.css", produces = "text/css")
    ResponseEntity<String> theme(Collectivite collectivite, WebRequest request) {
        String etag = "\"theme-" + collectivite.id() + "-" + collectivite.version() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).build();
        }
        String css = ":root,:host{--couleur-primaire:%s;--couleur-secondaire:%s;}\n"
                .formatted(collectivite.couleurPrimaire(), collectivite.couleurSecondaire());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .eTag(etag)
                .contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .body(css);
    }

    @GetMapping("/{slug}/logo")
    ResponseEntity<byte[]> logo(Collectivite collectivite, WebRequest request) {
        var logo = collectivites.logo(collectivite.id()).orElseThrow(() -> new NotFoundException("Pas de logo"));
        String etag = "\"logo-" + collectivite.id() + "-" + logo.version() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .eTag(etag)
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(logo.content());
    }
}
