package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The accountant's CSV files of a year: invoices and credit notes, payments. */
@AdminController
class BillingExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BillingCsv csv;

    BillingExportController(BillingCsv csv) {
        this.csv = csv;
    }

    @GetMapping("/admin/facturation/export/factures-{year:[0-9]{4}}.csv")
    ResponseEntity<byte[]> invoices(@AuthenticationPrincipal StaffPrincipal user, @PathVariable int year) {
        OperatorOnly.require(user);
        return file("factures-" + year + ".csv", csv.invoices(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @GetMapping("/admin/facturation/export/paiements-{year:[0-9]{4}}.csv")
    ResponseEntity<byte[]> payments(@AuthenticationPrincipal StaffPrincipal user, @PathVariable int year) {
        OperatorOnly.require(user);
        return file("paiements-" + year + ".csv", csv.payments(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    private static ResponseEntity<byte[]> file(String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
