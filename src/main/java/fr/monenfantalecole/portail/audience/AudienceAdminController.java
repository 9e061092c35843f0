package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A collectivité's audience dashboard and its CSV, for its admins and agents (and those above it). */
@AdminController
class AudienceAdminController {

    private final Dashboards dashboards;
    private final MonthlySummaries summaries;
    private final Clock clock;

    AudienceAdminController(Dashboards dashboards, MonthlySummaries summaries, Clock clock) {
        this.dashboards = dashboards;
        this.summaries = summaries;
        this.clock = clock;
    }

    @GetMapping("/admin/{slug}/audience")
    String dashboard(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite collectivite,
            @RequestParam(required = false) @Nullable String du,
            @RequestParam(required = false) @Nullable String au,
            @RequestParam(required = false) @Nullable String pas,
            @AuthenticationPrincipal StaffPrincipal user,
            Model model) {
        var period = PeriodParams.read(du, au, pas, today());
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("abonne", summaries.subscribed(user.id(), collectivite.id()));
        model.addAttribute("view", DashboardView.of(dashboards.of(collectivite, period)));
        return "audience/dashboard";
    }

    @GetMapping("/admin/{slug}/audience.csv")
    ResponseEntity<String> csv(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite collectivite,
            @RequestParam(required = false) @Nullable String du,
            @RequestParam(required = false) @Nullable String au,
            @RequestParam(required = false) @Nullable String pas) {
        var period = PeriodParams.read(du, au, pas, today());
        var d = dashboards.of(collectivite, period);
        String name = "audience-" + collectivite.slug() + "-" + period.du() + "-" + period.au() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(DashboardCsv.of(d));
    }

    /** The monthly summary by e-mail, asked or stopped by the person signed in. */
    @PostMapping("/admin/{slug}/audience/resume")
    String subscribe(
            @Managed(Managed.Scope.SCHOOL_PAGES) Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(defaultValue = "false") boolean abonne) {
        summaries.subscribe(user.id(), collectivite.id(), abonne);
        return "redirect:/admin/" + collectivite.slug() + "/audience?resume=" + (abonne ? "oui" : "non");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PortailClock.ZONE));
    }
}
