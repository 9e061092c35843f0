package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The page that lists a portal's open formats, for the collectivité's webmaster and re-users. */
@Controller
class OpenDataPageController {

    @NoForeignId("page publique")
    @GetMapping("/{slug}/donnees-ouvertes")
    String page(Site site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute(
                "origin",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        return "opendata/formats";
    }
}
