package fr.monenfantalecole.portail.tenant;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/** The "Apparence" page, shown by the colour, logo and banner handlers alike (with the error of the one that refused). */
final class BrandingPage {

    private BrandingPage() {}

    /** Which form refused what: at most one of them is set. */
    record Refusal(
            Map<String, String> colourErrors,
            @Nullable String logoError,
            @Nullable String bannerError) {
        static final Refusal NONE = new Refusal(Map.of(), null, null);
    }

    static String show(Model model, Collectivite collectivite, ColoursForm form, Refusal refusal, boolean saved) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("form", form);
        model.addAttribute("errors", refusal.colourErrors());
        model.addAttribute("logoError", refusal.logoError());
        model.addAttribute("bannerError", refusal.bannerError());
        model.addAttribute("illustrations", List.of(Illustration.values()));
        model.addAttribute("saved", saved);
        return "tenant/apparence";
    }

    static String saved(Collectivite collectivite) {
        return "redirect:/admin/" + collectivite.slug() + "/apparence?enregistre";
    }
}
