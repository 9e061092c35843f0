package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Serves an attached PDF after checking it belongs to this establishment and rubrique set. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> document(
            RubriqueContents contents,
            RubriqueDocuments documents,
            RubriqueSet set,
            String etablissement,
            long documentId,
            boolean publishedOnly) {
        var doc = documents.find(documentId).orElseThrow(() -> new NotFoundException("Document introuvable"));
        var version = contents.version(doc.versionId());
        if (!version.etablissement().equals(etablissement)
                || !set.contains(version.rubriqueId())
                || (publishedOnly && version.etat() != RubriqueVersion.State.PUBLIE)) {
            throw new NotFoundException("Document introuvable");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                // Downloaded, never shown inside the portal's origin: a PDF viewer runs what the file holds.
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(doc.nom(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(documents.content(documentId));
    }
}
