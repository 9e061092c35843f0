package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.shared.PdfCheck;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The PDF documents a director joins to a rubrique's draft, and downloads of their own pages' documents. */
@AdminController
class DirectorDocumentsController {

    private final DirectorDesks desks;
    private final RubriqueContents contents;
    private final RubriqueDocuments documents;
    private final AuditLog audit;

    DirectorDocumentsController(
            DirectorDesks desks, RubriqueContents contents, RubriqueDocuments documents, AuditLog audit) {
        this.desks = desks;
        this.contents = contents;
        this.documents = documents;
        this.audit = audit;
    }

    @PostMapping("/admin/mes-etablissements/{key}/rubriques/{rubriqueId:[0-9]+}/documents")
    String upload(
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @AuthenticationPrincipal StaffPrincipal user,
            @RequestParam(name = "document", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        var desk = desks.require(user, key);
        var r = desk.rubrique(rubriqueId);
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String original = file == null ? null : file.getOriginalFilename();
        String name = original == null ? "document.pdf" : original;
        switch (PdfCheck.check(bytes, name)) {
            case PdfCheck.Accepted accepted -> {
                documents.attach(r.id(), key, accepted.nom(), accepted.contenu(), user.id());
                audit.record(
                        desk.collectivite().id(), user.id(), "DOCUMENT_JOINT", "etablissement", key, accepted.nom());
                redirect.addFlashAttribute("message", "« " + accepted.nom() + " » est joint au brouillon.");
            }
            case PdfCheck.Refused refused -> redirect.addFlashAttribute("erreurDocument", refused.message());
        }
        return "redirect:" + desk.path() + "/rubriques/" + r.id();
    }

    @PostMapping(
            "/admin/mes-etablissements/{key}/rubriques/{rubriqueId:[0-9]+}/documents/{documentId:[0-9]+}/supprimer")
    String removeDocument(
            @PathVariable String key,
            @PathVariable long rubriqueId,
            @PathVariable long documentId,
            @AuthenticationPrincipal StaffPrincipal user,
            RedirectAttributes redirect) {
        var desk = desks.require(user, key);
        var r = desk.rubrique(rubriqueId);
        var doc = documents.find(documentId).orElseThrow(() -> new NotFoundException("Document introuvable"));
        var version = contents.version(doc.versionId());
        if (!version.etablissement().equals(key) || version.rubriqueId() != r.id()) {
            throw new NotFoundException("Document introuvable");
        }
        documents.detach(r.id(), key, documentId, user.id());
        redirect.addFlashAttribute("message", "« " + doc.nom() + " » est retiré du brouillon.");
        return "redirect:" + desk.path() + "/rubriques/" + r.id();
    }

    @GetMapping("/admin/mes-etablissements/{key}/documents/{documentId:[0-9]+}")
    ResponseEntity<byte[]> document(
            @PathVariable String key, @PathVariable long documentId, @AuthenticationPrincipal StaffPrincipal user) {
        var desk = desks.require(user, key);
        var set = desk.set();
        if (set == null) {
            throw new NotFoundException("Document introuvable");
        }
        return Downloads.document(contents, documents, set, key, documentId, false);
    }
}
