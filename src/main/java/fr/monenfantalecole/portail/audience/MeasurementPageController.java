package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Site;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page that explains the audience measurement and how to refuse it (required for the CNIL's exemption). */
@Controller
class MeasurementPageController {

    private final int months;

    MeasurementPageController(@Value("${portail.audience.conservation-mois:13}") int months) {
        this.months = months;
    }

    @NoForeignId("page publique")
    @GetMapping("/{slug}/mesure-d-audience")
    String page(Site site, HttpServletRequest request, HttpServletResponse response, Model model) {
        // The page tells this browser whether it is counted: it depends on its headers.
        response.setHeader(HttpHeaders.VARY, "Sec-GPC, DNT");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        boolean refused = "1".equals(request.getHeader("Sec-GPC")) || "1".equals(request.getHeader("DNT"));
        model.addAttribute("site", site);
        model.addAttribute("mois", months);
        model.addAttribute("refuse", refused);
        return "audience/mesure";
    }
}
