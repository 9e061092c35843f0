package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.web.FormErrors;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The collectivité sets how long inactive family accounts are kept before their deletion. */
@AdminController
class RetentionController {

    private final RetentionPeriod period;
    private final FamilyJournal journal;
    private final FormErrors formErrors;

    RetentionController(RetentionPeriod period, FamilyJournal journal, FormErrors formErrors) {
        this.period = period;
        this.journal = journal;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/{slug}/familles/conservation")
    String form(
            @Managed Collectivite collectivite,
            @RequestParam(required = false) @Nullable String enregistre,
            Model model) {
        model.addAttribute("enregistre", enregistre != null);
        return page(collectivite, model, String.valueOf(period.months(collectivite.id())), Map.of());
    }

    @PostMapping("/admin/{slug}/familles/conservation")
    String save(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal agent,
            @Valid @ModelAttribute("conservation") RetentionForm form,
            BindingResult result,
            Model model) {
        if (result.hasErrors()) {
            model.addAttribute("enregistre", false);
            Object typed = result.getFieldValue("mois");
            return page(collectivite, model, Objects.toString(typed, ""), formErrors.of(result));
        }
        int months = Objects.requireNonNull(form.mois());
        period.change(collectivite.id(), months);
        journal.record(collectivite.id(), null, null, "conservation.change", months + " mois", "agent " + agent.nom());
        return "redirect:/admin/" + collectivite.slug() + "/familles/conservation?enregistre";
    }

    private static String page(Collectivite collectivite, Model model, String typed, Map<String, String> errors) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("mois", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("min", RetentionPeriod.MIN_MONTHS);
        model.addAttribute("max", RetentionPeriod.MAX_MONTHS);
        return "family/admin-retention";
    }
}
