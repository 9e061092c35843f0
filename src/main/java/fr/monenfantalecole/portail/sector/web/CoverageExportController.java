package fr.monenfantalecole.portail.sector.web;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.sector.CoverageReports;
import fr.monenfantalecole.portail.shared.CsvText;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import java.nio.charset.StandardCharsets;
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
        var out = new StringBuilder("\uFEFFconstat;commune;voie;niveau;detail;etablissement;regles\r\n");
        for (var f : filtre.apply(reports.of(c)).all()) {
            String[] cells = {
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
            };
            for (int i = 0; i < cells.length; i++) {
                out.append(CsvText.cell(cells[i])).append(i < cells.length - 1 ? ";" : "\r\n");
            }
        }
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"couverture-" + c.slug() + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
