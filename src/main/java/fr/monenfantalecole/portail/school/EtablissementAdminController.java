package fr.monenfantalecole.portail.school;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.CsvText;
import fr.monenfantalecole.portail.shared.ImportUploads;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Managed;
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

/** Back office: the establishments of a collectivité and the import of the Annuaire de l'éducation. */
@AdminController
class EtablissementAdminController {

    static final String KIND = "ANNUAIRE";
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final Collectivites collectivites;
    private final SchoolDirectory directory;
    private final Etablissements etablissements;
    private final AnnuaireImport annuaire;
    private final ImportUploads uploads;

    EtablissementAdminController(
            Collectivites collectivites,
            SchoolDirectory directory,
            Etablissements etablissements,
            AnnuaireImport annuaire,
            ImportUploads uploads) {
        this.collectivites = collectivites;
        this.directory = directory;
        this.etablissements = etablissements;
        this.annuaire = annuaire;
        this.uploads = uploads;
    }

    @GetMapping("/admin/{slug}/etablissements")
    String list(
            @Managed Collectivite collectivite, @RequestParam(required = false) @Nullable String importe, Model model) {
        return page(model, collectivite, null, importe != null);
    }

    @PostMapping("/admin/{slug}/etablissements/import")
    String upload(
            @Managed Collectivite collectivite,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(name = "fichier", required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        String error = null;
        if (file == null || file.isEmpty()) {
            error = "Choisissez le fichier CSV de l'Annuaire de l'éducation à importer.";
        } else if (file.getSize() > MAX_FILE_BYTES) {
            error = "Le fichier dépasse 20 Mo : exportez seulement votre département depuis data.education.gouv.fr.";
        }
        if (file == null || error != null) {
            return page(model, collectivite, error, false);
        }
        String original = file.getOriginalFilename();
        String name = original == null ? "annuaire.csv" : original;
        var id = uploads.store(collectivite.id(), KIND, name, file.getBytes(), user.id());
        return "redirect:/admin/" + collectivite.slug() + "/etablissements/import/" + id;
    }

    @GetMapping("/admin/{slug}/etablissements/import/{id}")
    String preview(@Managed Collectivite collectivite, @PathVariable String id, Model model) {
        var upload = uploads.find(parse(id), collectivite.id(), KIND)
                .orElseThrow(() -> new NotFoundException("Import introuvable"));
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("uploadId", upload.id().toString());
        model.addAttribute("fileName", upload.fileName());
        model.addAttribute("applied", upload.applied());
        model.addAttribute("encoding", CsvText.encoding(upload.content()));
        model.addAttribute(
                "preview",
                annuaire.preview(
                        upload.content(), AnnuaireScope.of(collectivite, collectivites.territory(collectivite))));
        return "school/import-apercu";
    }

    @PostMapping("/admin/{slug}/etablissements/import/{id}")
    String apply(
            @Managed Collectivite collectivite, @PathVariable String id, @AuthenticationPrincipal StaffPrincipal user) {
        var upload = uploads.find(parse(id), collectivite.id(), KIND)
                .orElseThrow(() -> new NotFoundException("Import introuvable"));
        var scope = AnnuaireScope.of(collectivite, collectivites.territory(collectivite));
        var preview = annuaire.preview(upload.content(), scope);
        if (upload.applied() || !preview.applicable()) {
            return "redirect:/admin/" + collectivite.slug() + "/etablissements/import/" + id;
        }
        annuaire.apply(upload.content(), scope, collectivite.id(), upload.fileName(), user.id());
        uploads.markApplied(upload.id());
        return "redirect:/admin/" + collectivite.slug() + "/etablissements?importe";
    }

    private String page(Model model, Collectivite collectivite, @Nullable String error, boolean imported) {
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("etablissements", etablissements.inTerritory(collectivites.territory(collectivite)));
        model.addAttribute("presented", directory.presented(collectivite).size());
        model.addAttribute("error", error);
        model.addAttribute("imported", imported);
        return "school/etablissements";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Import introuvable");
        }
    }
}
