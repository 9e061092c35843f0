package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.CsvText;
import fr.monenfantalecole.portail.shared.ImportUploads;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Back office: the carte scolaire of a collectivité, its import (preview then apply) and its coverage. */
@AdminController
class CarteScolaireAdminController {

    static final String KIND = "SECTEURS:";
    /** The level is given by a "niveau" column of the file. */
    static final String AUTO = "fichier";

    private final SectorRules rules;
    private final ImportUploads uploads;
    private final SectorFileCheck fileCheck;
    private final AuditLog audit;
    private final SectorPolygons polygons;
    private final CoverageReports reports;

    CarteScolaireAdminController(
            SectorRules rules,
            ImportUploads uploads,
            SectorFileCheck fileCheck,
            AuditLog audit,
            SectorPolygons polygons,
            CoverageReports reports) {
        this.reports = reports;
        this.polygons = polygons;
        this.rules = rules;
        this.uploads = uploads;
        this.fileCheck = fileCheck;
        this.audit = audit;
    }

    @GetMapping("/admin/{slug}/carte-scolaire")
    String page(
            @Managed Collectivite c,
            @RequestParam(required = false) @Nullable String importe,
            CoverageFilter filtre,
            Model model) {
        String view = adminPage(model, c, importe != null, null, List.of());
        model.addAttribute("report", filtre.apply(reports.of(c)));
        model.addAttribute("filtre", filtre);
        return view;
    }

    /** Sectors drawn as polygons (GeoJSON): checked whole, then they replace the collectivité's. */
    @PostMapping("/admin/{slug}/carte-scolaire/polygones")
    String polygons(
            @Managed Collectivite c,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(name = "geojson", required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        if (file != null && file.getSize() > SectorFileCheck.MAX_FILE_BYTES) {
            return adminPage(
                    model,
                    c,
                    false,
                    null,
                    List.of("Le fichier dépasse 10 Mo : simplifiez les polygones "
                            + "(moins de points) avant de le déposer."));
        }
        var parsed = file == null || file.isEmpty()
                ? new SectorPolygons.Parsed(List.of(), List.of("Choisissez le fichier GeoJSON des secteurs."))
                : SectorPolygons.parse(new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8));
        if (parsed.errors().isEmpty()) {
            parsed = new SectorPolygons.Parsed(parsed.sectors(), fileCheck.checkPolygons(c, parsed.sectors()));
        }
        if (!parsed.errors().isEmpty()) {
            return adminPage(model, c, false, null, parsed.errors());
        }
        polygons.replace(c.id(), parsed.sectors());
        audit.record(
                c.id(),
                user.id(),
                "SECTEURS_DESSINES_IMPORTES",
                "carte_scolaire",
                "polygones",
                parsed.sectors().size() + " secteurs");
        return "redirect:/admin/" + c.slug() + "/carte-scolaire?importe";
    }

    /** The collectivité's rules as a file to edit in a spreadsheet and import again. */
    @GetMapping("/admin/{slug}/carte-scolaire/regles.csv")
    org.springframework.http.ResponseEntity<byte[]> export(@Managed Collectivite c) {
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"carte-scolaire-" + c.slug() + ".csv\"")
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(rules.exportCsv(c.id()));
    }

    @PostMapping("/admin/{slug}/carte-scolaire/import")
    String upload(
            @Managed Collectivite c,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(name = "fichier", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "niveau", defaultValue = "") String niveau,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return adminPage(model, c, false, "Choisissez le fichier CSV de la carte scolaire à importer.", List.of());
        }
        if (file.getSize() > SectorFileCheck.MAX_FILE_BYTES) {
            return adminPage(
                    model,
                    c,
                    false,
                    "Le fichier dépasse 10 Mo : ce n'est sans doute pas une carte scolaire. "
                            + "Gardez seulement les communes de votre territoire (le fichier officiel d'un département pèse "
                            + "moins de 2 Mo).",
                    List.of());
        }
        String level = SectorCsv.NIVEAUX.contains(niveau) ? niveau : AUTO;
        var id = uploads.store(
                c.id(),
                KIND + level,
                file.getOriginalFilename() == null ? "carte-scolaire.csv" : file.getOriginalFilename(),
                file.getBytes(),
                user.id());
        return "redirect:/admin/" + c.slug() + "/carte-scolaire/import/" + level + "/" + id;
    }

    @GetMapping("/admin/{slug}/carte-scolaire/import/{level}/{id}")
    String preview(@Managed Collectivite c, @PathVariable String level, @PathVariable String id, Model model) {
        var upload = upload(c, level, id);
        var checked = check(c, upload.content(), level);
        model.addAttribute("collectivite", c);
        model.addAttribute("fileName", upload.fileName());
        model.addAttribute("applied", upload.applied());
        model.addAttribute("encoding", CsvText.encoding(upload.content()));
        model.addAttribute("action", "/admin/" + c.slug() + "/carte-scolaire/import/" + level + "/" + id);
        model.addAttribute("fileError", checked.fileError());
        model.addAttribute("errors", checked.errors());
        model.addAttribute("rules", checked.rules());
        model.addAttribute("warnings", checked.warnings());
        model.addAttribute(
                "levels",
                SectorCsv.NIVEAUX.stream()
                        .filter(n -> checked.rules().stream()
                                .anyMatch(r -> r.niveau().equals(n)))
                        .toList());
        model.addAttribute("report", Coverage.of(checked.rules(), x -> true, openSchools(checked.rules())));
        return "sector/preview";
    }

    @PostMapping("/admin/{slug}/carte-scolaire/import/{level}/{id}")
    String apply(
            @Managed Collectivite c,
            @PathVariable String level,
            @PathVariable String id,
            @AuthenticationPrincipal StaffPrincipal user) {
        var upload = upload(c, level, id);
        var checked = check(c, upload.content(), level);
        if (upload.applied() || checked.fileError() != null || !checked.errors().isEmpty()) {
            return "redirect:/admin/" + c.slug() + "/carte-scolaire/import/" + level + "/" + id;
        }
        var levels = new LinkedHashSet<>(
                checked.rules().stream().map(SectorRule::niveau).toList());
        rules.replace(c.id(), levels, checked.rules());
        uploads.markApplied(upload.id());
        audit.record(
                c.id(),
                user.id(),
                "CARTE_SCOLAIRE_IMPORTEE",
                "carte_scolaire",
                String.join(",", levels),
                checked.rules().size() + " règles, fichier " + upload.fileName());
        return "redirect:/admin/" + c.slug() + "/carte-scolaire?importe";
    }

    private String adminPage(
            Model model, Collectivite c, boolean imported, @Nullable String error, List<String> polygonErrors) {
        model.addAttribute("collectivite", c);
        model.addAttribute("owned", rules.count(c.id()));
        model.addAttribute("report", reports.of(c));
        model.addAttribute("filtre", CoverageFilter.NONE);
        model.addAttribute("imported", imported);
        model.addAttribute("error", error);
        model.addAttribute("polygonErrors", polygonErrors);
        model.addAttribute("polygons", polygons.count(c.id()));
        return "sector/admin";
    }

    private SectorFileCheck.Checked check(Collectivite c, byte[] content, String level) {
        return fileCheck.check(c, content, SectorCsv.NIVEAUX.contains(level) ? level : null);
    }

    private ImportUploads.Upload upload(Collectivite c, String level, String id) {
        try {
            return uploads.find(UUID.fromString(id), c.id(), KIND + level)
                    .orElseThrow(() -> new NotFoundException("Import introuvable"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Import introuvable");
        }
    }

    private Predicate<String> openSchools(List<SectorRule> rules) {
        return fileCheck.openSchools(rules.stream().map(SectorRule::uai).toList())::contains;
    }
}
