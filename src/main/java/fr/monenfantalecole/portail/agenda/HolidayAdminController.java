package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.CsvText;
import fr.monenfantalecole.portail.shared.ImportUploads;
import fr.monenfantalecole.portail.shared.NotFoundException;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Back office of the platform team: a newer edition of the official school calendar, previewed
 * then applied as a whole (a file with one wrong line is refused entirely).
 */
@AdminController
class HolidayAdminController {

    static final String PATH = "/admin/vacances-scolaires";
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** The kind of the holidays' files among the uploads kept between preview and apply. */
    static final String UPLOAD_KIND = "VACANCES";

    private final Holidays holidays;
    private final ImportUploads uploads;
    private final AuditLog audit;

    HolidayAdminController(Holidays holidays, ImportUploads uploads, AuditLog audit) {
        this.holidays = holidays;
        this.uploads = uploads;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String page(
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(required = false) @Nullable String importe,
            Model model) {
        requirePlatform(user);
        return page(model, null, importe != null);
    }

    @PostMapping(PATH)
    String upload(
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(name = "fichier", required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        requirePlatform(user);
        if (file == null || file.isEmpty()) {
            return page(model, "Choisissez le fichier fr-en-calendrier-scolaire.csv à importer.", false);
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            return page(model, "Le fichier dépasse 10 Mo : ce n'est sans doute pas le calendrier scolaire.", false);
        }
        String name = file.getOriginalFilename() == null ? "calendrier-scolaire.csv" : file.getOriginalFilename();
        var id = uploads.storeNational(UPLOAD_KIND, name, file.getBytes(), user.id());
        return "redirect:" + PATH + "/import/" + id;
    }

    @GetMapping(PATH + "/import/{id}")
    String preview(@AuthenticationPrincipal StaffPrincipal user, @PathVariable String id, Model model) {
        requirePlatform(user);
        var upload = uploads.findNational(parse(id), UPLOAD_KIND)
                .orElseThrow(() -> new NotFoundException("Import introuvable"));
        var parsed = HolidayCsv.parse(upload.content());
        model.addAttribute("uploadId", upload.id().toString());
        model.addAttribute("encoding", CsvText.encoding(upload.content()));
        model.addAttribute(
                "preview",
                new AgendaAdminViews.HolidayPreview(
                        upload.fileName(),
                        upload.applied(),
                        parsed,
                        parsed.holidays().stream()
                                .map(Holiday::academie)
                                .distinct()
                                .sorted()
                                .toList(),
                        parsed.holidays().stream()
                                .map(Holiday::anneeScolaire)
                                .distinct()
                                .sorted()
                                .toList(),
                        parsed.holidays().stream()
                                .filter(h -> h.academie().equals("Rennes"))
                                .sorted((a, b) -> b.debut().compareTo(a.debut()))
                                .limit(8)
                                .toList()));
        return "agenda/vacances-apercu";
    }

    @PostMapping(PATH + "/import/{id}")
    String apply(@AuthenticationPrincipal StaffPrincipal user, @PathVariable String id) {
        requirePlatform(user);
        var upload = uploads.findNational(parse(id), UPLOAD_KIND)
                .orElseThrow(() -> new NotFoundException("Import introuvable"));
        var parsed = HolidayCsv.parse(upload.content());
        if (upload.applied() || !parsed.valid()) {
            return "redirect:" + PATH + "/import/" + id;
        }
        holidays.importUploaded(upload.content(), upload.fileName(), user.id());
        uploads.markApplied(upload.id());
        audit.record(
                null,
                user.id(),
                "VACANCES_IMPORTEES",
                "vacances_scolaires",
                upload.fileName(),
                parsed.holidays().size() + " lignes");
        return "redirect:" + PATH + "?importe";
    }

    private String page(Model model, @Nullable String error, boolean imported) {
        model.addAttribute("edition", holidays.current().orElse(null));
        model.addAttribute("academies", holidays.academies());
        model.addAttribute("error", error);
        model.addAttribute("imported", imported);
        return "agenda/vacances";
    }

    private static void requirePlatform(StaffPrincipal user) {
        if (!user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Import introuvable");
        }
    }
}
