package fr.monenfantalecole.portail.news;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Actualités zone of a collectivité's portal. */
@Controller
class ActualitesController {

    private static final Pattern REF = Pattern.compile("^([0-9]{1,12})(-.*)?$");

    private final Actualites actualites;
    private final Clock clock;

    ActualitesController(Actualites actualites, Clock clock) {
        this.actualites = actualites;
        this.clock = clock;
    }

    @NoForeignId("page publique")
    @GetMapping("/{slug}/actualites")
    String list(Collectivite collectivite, Site site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute(
                "news",
                actualites.visible(collectivite.id(), LocalDate.now(clock), 100).stream()
                        .map(a -> ActualiteView.of(a, site.basePath()))
                        .toList());
        return "news/list";
    }

    @GetMapping("/{slug}/actualites/{ref}")
    String page(Collectivite collectivite, Site site, @PathVariable String ref, Model model) {
        var m = REF.matcher(ref);
        if (!m.matches()) {
            throw new NotFoundException("Actualité introuvable");
        }
        var news = actualites
                .visible(collectivite.id(), Long.parseLong(m.group(1)), LocalDate.now(clock))
                .map(a -> ActualiteView.of(a, site.basePath()))
                .orElseThrow(() -> new NotFoundException("Actualité introuvable"));
        if (!news.url().endsWith("/" + ref)) {
            return "redirect:" + news.url();
        }
        model.addAttribute("site", site);
        model.addAttribute("news", news);
        return "news/page";
    }

    @GetMapping("/{slug}/actualites/{id}/image")
    ResponseEntity<byte[]> image(Collectivite collectivite, @PathVariable long id) {
        if (actualites.visible(collectivite.id(), id, LocalDate.now(clock)).isEmpty()) {
            throw new NotFoundException("Actualité introuvable");
        }
        var image = actualites.image(id).orElseThrow(() -> new NotFoundException("Pas d'image"));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(MediaType.parseMediaType(image.type()))
                .header("X-Content-Type-Options", "nosniff")
                .body(image.content());
    }
}
