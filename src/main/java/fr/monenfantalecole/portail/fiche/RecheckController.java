package fr.monenfantalecole.portail.fiche;

import static fr.monenfantalecole.portail.fiche.EditorialAccess.requireEditorialSpace;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.CsvText;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The yearly facts of the national sheets to re-check at each rentrée, as a page and as a CSV. */
@AdminController
class RecheckController {

    private final Rechecks rechecks;

    RecheckController(Rechecks rechecks) {
        this.rechecks = rechecks;
    }

    @GetMapping("/admin/redaction/a-reverifier")
    String page(@AuthenticationPrincipal StaffPrincipal user, Model model) {
        requireEditorialSpace(user);
        var rows = rechecks.all();
        model.addAttribute("rows", rows);
        model.addAttribute(
                "fiches", rows.stream().map(Rechecks.Row::ficheId).distinct().count());
        return "fiche/redaction/a-reverifier";
    }

    @GetMapping("/admin/redaction/a-reverifier.csv")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal StaffPrincipal user) {
        requireEditorialSpace(user);
        var rows = rechecks.all().stream()
                .map(row -> new String[] {
                    row.ficheId(),
                    row.titre(),
                    row.fact().quoi(),
                    row.fact().valablePour(),
                    row.validFrom() == null ? "" : row.validFrom().toString(),
                    row.fact().source()
                })
                .toList();
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"a-reverifier.csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(CsvText.sheet(
                        List.of("fiche", "question", "a_verifier", "valable_pour", "a_partir_du", "source"), rows));
    }
}
