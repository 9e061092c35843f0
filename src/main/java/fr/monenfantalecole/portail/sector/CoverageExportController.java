package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.shared.CsvText;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/** The coverage report of the carte scolaire as a CSV, with the filters of the page, to work on in a spreadsheet. */
@AdminController
class CoverageExportController {

    private final CoverageReports reports;

    CoverageExportController(CoverageReports reports) {
        this.reports = reports;
    }

    @GetMapping("/admin/{slug}/carte-scolaire/couverture.csv")
    ResponseEntity<byte[]> export(@Managed Collectivite c, CoverageFilter filtre) {
        var rows = filtre.apply(reports.of(c)).all().stream()
                .map(f -> new String[] {
                    switch (f.kind()) {
                        case "trou" -> "trou";
                        case "conflit" -> "conflit";
                        default -> "etablissement ferme ou inconnu";
                    },
                    f.commune(),
                    f.street(),
                    f.niveau(),
                    f.detail(),
                    f.uai(),
                    f.own() ? c.nom() : "Département"
                })
                .toList();
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"couverture-" + c.slug() + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(CsvText.sheet(
                        List.of("constat", "commune", "voie", "niveau", "detail", "etablissement", "regles"), rows));
    }
}
