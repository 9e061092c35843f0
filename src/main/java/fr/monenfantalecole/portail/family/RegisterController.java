package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.shared.web.NoForeignId;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Vos données personnelles": the family account's entry in the register of processing activities
 * (RGPD article 30), as the collectivité's DPO and the parents read it — purpose, data, who sees it,
 * how long it is kept (the collectivité's setting), the rights and how to use them.
 */
@Controller
class RegisterController {

    private final RetentionPeriod period;

    RegisterController(RetentionPeriod period) {
        this.period = period;
    }

    @NoForeignId("page publique")
    @GetMapping("/{slug}/donnees-personnelles")
    String register(Collectivite collectivite, Site site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("mois", period.months(collectivite.id()));
        model.addAttribute("consentement", Consent.VERSION);
        return "family/register";
    }
}
