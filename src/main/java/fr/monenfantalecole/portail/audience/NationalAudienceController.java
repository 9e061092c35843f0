package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.PortailClock;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audience across portals: the national editorial team's (fiches read and unread, searches that found
 * nothing or were not followed), the operator's (portals ranked, falls flagged), and a school director's
 * (the views of their school's page). Anyone else finds no page.
 */
@AdminController
class NationalAudienceController {

    private final NationalAudience national;
    private final AudienceFigures figures;
    private final Clock clock;

    NationalAudienceController(NationalAudience national, AudienceFigures figures, Clock clock) {
        this.national = national;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/admin/redaction/audience")
    String editorial(
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(required = false) @Nullable String du,
            @RequestParam(required = false) @Nullable String au,
            Model model) {
        if (!user.isNationalEditor() && !user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
        model.addAttribute("view", national.editorial(period(du, au, "jour")));
        return "audience/editorial";
    }

    @GetMapping("/admin/plateforme/audience")
    String platform(
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(required = false) @Nullable String du,
            @RequestParam(required = false) @Nullable String au,
            Model model) {
        if (!user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
        var period = period(du, au, "jour");
        model.addAttribute("period", period);
        model.addAttribute("portals", national.portals(period));
        model.addAttribute("dropped", national.dropped());
        return "audience/platform";
    }

    @GetMapping("/admin/mes-etablissements/{key}/audience")
    String school(
            @AuthenticationPrincipal StaffPrincipal user,
            @PathVariable String key,
            @RequestParam(required = false) @Nullable String du,
            @RequestParam(required = false) @Nullable String au,
            @RequestParam(required = false) @Nullable String pas,
            Model model) {
        if (!user.directs(key)) {
            throw new NotFoundException("Page introuvable");
        }
        var period = period(du, au, pas == null ? "semaine" : pas);
        var views = figures.viewsOf(PageKind.ECOLE, key.toUpperCase(java.util.Locale.ROOT), period);
        model.addAttribute("key", key);
        model.addAttribute("period", period);
        model.addAttribute("views", views);
        model.addAttribute(
                "chart",
                SvgCharts.line(views.stream()
                        .map(c -> new SvgCharts.Bar(c.code(), c.vues()))
                        .toList()));
        return "audience/school";
    }

    private Period period(@Nullable String du, @Nullable String au, String pas) {
        return PeriodParams.read(du, au, pas, LocalDate.now(clock.withZone(PortailClock.ZONE)));
    }
}
