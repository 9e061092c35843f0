package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.Grant;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A school director's daily lists: only the school their grant names (the {@code SCHOOL_DIRECTOR}
 * grant of the rubriques, with its establishment and the collectivité that invited them); any other
 * school answers 404.
 */
@AdminController
class DirectorListController {

    private final DailyLists lists;
    private final Collectivites collectivites;
    private final Clock clock;

    DirectorListController(DailyLists lists, Collectivites collectivites, Clock clock) {
        this.lists = lists;
        this.collectivites = collectivites;
        this.clock = clock;
    }

    @GetMapping("/admin/periscolaire/ecoles/{uai}")
    String day(
            @AuthenticationPrincipal StaffPrincipal user,
            @PathVariable String uai,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Model model) {
        var c = directed(user, uai);
        LocalDate day = date == null ? LocalDate.now(clock).plusDays(1) : date;
        model.addAttribute("collectivite", c);
        model.addAttribute(
                "vue",
                new DailyView(
                        day, uai, lists.expected(c.id(), uai, day), Map.of(), "/admin/periscolaire/ecoles/" + uai));
        return "periscolaire/admin-jour";
    }

    @GetMapping("/admin/periscolaire/ecoles/{uai}/jour.pdf")
    ResponseEntity<byte[]> sheet(
            @AuthenticationPrincipal StaffPrincipal user,
            @PathVariable String uai,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        // The school is checked before anything else: a missing date must not tell a stranger more than a 404.
        var c = directed(user, uai);
        LocalDate day = date == null ? LocalDate.now(clock).plusDays(1) : date;
        return Downloads.pdf(
                AttendancePdf.write(day, lists.expected(c.id(), uai, day), Map.of()), "presence-" + day + ".pdf");
    }

    private Collectivite directed(StaffPrincipal user, String uai) {
        return user.directedEstablishments().stream()
                .filter(g -> uai.equals(g.etablissement()))
                .map(Grant::collectiviteId)
                .filter(Objects::nonNull)
                .findFirst()
                .flatMap(collectivites::findById)
                .orElseThrow(() -> new NotFoundException("École non dirigée"));
    }
}
