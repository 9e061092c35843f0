package fr.monenfantalecole.portail.periscolaire;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download: an attachment, never cached (children's names), never sniffed. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> attachment(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    static ResponseEntity<byte[]> csv(byte[] content, String fileName) {
        return attachment(content, fileName, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return attachment(content, fileName, MediaType.APPLICATION_PDF);
    }
}
