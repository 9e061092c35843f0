package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agents' daily lists: the children expected per school and activity (page, PDF attendance sheet,
 * CSV) and the kitchen's count of meals per school (page, CSV). The day defaults to tomorrow.
 */
@AdminController
class DailyListAdminController {

    private final DailyLists lists;
    private final MealCount meals;
    private final SchoolDirectory schools;
    private final Clock clock;

    DailyListAdminController(DailyLists lists, MealCount meals, SchoolDirectory schools, Clock clock) {
        this.lists = lists;
        this.meals = meals;
        this.schools = schools;
        this.clock = clock;
    }

    @GetMapping("/admin/{slug}/periscolaire/jour")
    String day(
            @Managed Collectivite c,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable String ecole,
            Model model) {
        LocalDate day = date == null ? LocalDate.now(clock).plusDays(1) : date;
        String uai = ecole == null || ecole.isBlank() ? null : ecole;
        model.addAttribute("collectivite", c);
        model.addAttribute(
                "vue",
                new DailyView(
                        day, uai, lists.expected(c.id(), uai, day), names(c), "/admin/" + c.slug() + "/periscolaire"));
        return "periscolaire/admin-jour";
    }

    @GetMapping("/admin/{slug}/periscolaire/jour.pdf")
    ResponseEntity<byte[]> sheet(
            @Managed Collectivite c,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Nullable String ecole) {
        String uai = ecole == null || ecole.isBlank() ? null : ecole;
        return Downloads.pdf(
                AttendancePdf.write(date, lists.expected(c.id(), uai, date), names(c)), "presence-" + date + ".pdf");
    }

    @GetMapping("/admin/{slug}/periscolaire/jour.csv")
    ResponseEntity<byte[]> dayCsv(
            @Managed Collectivite c, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        var names = names(c);
        List<List<?>> rows = lists.expected(c.id(), null, date).stream()
                .<List<?>>map(e -> List.of(
                        date.toString(),
                        e.uai(),
                        names.getOrDefault(e.uai(), ""),
                        e.activite().libelle(),
                        e.nom(),
                        e.prenoms(),
                        e.niveau() == null ? "" : e.niveau(),
                        e.pai() ? "oui" : "non"))
                .toList();
        return Downloads.csv(
                Csv.write(List.of("Jour", "UAI", "École", "Activité", "Nom", "Prénoms", "Classe", "PAI"), rows),
                "enfants-attendus-" + date + ".csv");
    }

    @GetMapping("/admin/{slug}/periscolaire/repas")
    String meals(
            @Managed Collectivite c,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Model model) {
        LocalDate day = date == null ? LocalDate.now(clock).plusDays(1) : date;
        model.addAttribute("collectivite", c);
        model.addAttribute("compte", meals.of(c.id(), day));
        model.addAttribute("noms", names(c));
        return "periscolaire/admin-repas";
    }

    @GetMapping("/admin/{slug}/periscolaire/repas.csv")
    ResponseEntity<byte[]> mealsCsv(
            @Managed Collectivite c, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        var names = names(c);
        var count = meals.of(c.id(), date);
        List<List<?>> rows = count.ecoles().stream()
                .<List<?>>map(m -> List.of(date.toString(), m.uai(), names.getOrDefault(m.uai(), ""), m.repas()))
                .toList();
        return Downloads.csv(Csv.write(List.of("Jour", "UAI", "École", "Repas"), rows), "repas-" + date + ".csv");
    }

    private Map<String, String> names(Collectivite c) {
        var names = new LinkedHashMap<String, String>();
        schools.presented(c).forEach(e -> names.put(e.uai(), e.nom()));
        return names;
    }
}
