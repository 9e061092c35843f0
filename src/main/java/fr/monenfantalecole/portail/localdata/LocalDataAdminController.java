package fr.monenfantalecole.portail.localdata;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mes données locales": the dictionary as a form, grouped, with each field's type, help and
 * example, what is filled, and for each empty field the sheets that fall back to the national text.
 */
@AdminController
class LocalDataAdminController {

    static final String PREFIX = "champ.";

    private final LocalFields fields;
    private final LocalValues values;
    private final FieldUsage usage;
    private final Clock clock;

    LocalDataAdminController(LocalFields fields, LocalValues values, FieldUsage usage, Clock clock) {
        this.fields = fields;
        this.values = values;
        this.usage = usage;
        this.clock = clock;
    }

    @GetMapping("/admin/{slug}/donnees-locales")
    String form(@Managed Collectivite collectivite, Model model) {
        return page(model, collectivite, values.of(collectivite.id()), Map.of());
    }

    @PostMapping("/admin/{slug}/donnees-locales")
    String save(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, @Nullable String> cleaned = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (var field : fields.all()) {
            String raw = request.getParameter(PREFIX + field.key());
            if (raw == null) {
                continue;
            }
            typed.put(field.key(), raw);
            if (raw.isBlank()) {
                cleaned.put(field.key(), null);
                continue;
            }
            switch (field.type().check(raw)) {
                case FieldType.Valid valid -> cleaned.put(field.key(), valid.value());
                case FieldType.Invalid invalid -> errors.put(field.key(), invalid.message());
            }
        }
        if (!errors.isEmpty()) {
            Map<String, String> shown = new HashMap<>(values.of(collectivite.id()));
            shown.putAll(typed);
            return page(model, collectivite, shown, errors);
        }
        var changed = values.save(collectivite.id(), cleaned, user.id());
        var byField = usage.sheetsByField("/" + collectivite.slug());
        var sheets = changed.stream()
                .flatMap(k -> byField.getOrDefault(k, List.of()).stream())
                .distinct()
                .toList();
        redirect.addFlashAttribute("changedCount", changed.size());
        redirect.addFlashAttribute("changedSheets", sheets);
        return "redirect:/admin/" + collectivite.slug() + "/donnees-locales";
    }

    private String page(Model model, Collectivite collectivite, Map<String, String> shown, Map<String, String> errors) {
        var byField = usage.sheetsByField("/" + collectivite.slug());
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("view", LocalDataView.of(fields.all(), shown, errors, byField, LocalDate.now(clock)));
        if (!model.containsAttribute("changedCount")) {
            model.addAttribute("changedCount", -1);
            model.addAttribute("changedSheets", List.of());
        }
        return "localdata/admin-donnees-locales";
    }
}
