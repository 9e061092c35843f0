package fr.monenfantalecole.portail.enrolment;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a stored file leaves the portal: with the type we verified, {@code nosniff}, never cached by
 * a shared cache; as an attachment, except for an agent's inline view.
 */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> attachment(byte[] bytes, String type, String name) {
        return of(bytes, type, ContentDisposition.attachment().filename(name).build());
    }

    static ResponseEntity<byte[]> inline(byte[] bytes, String type, String name) {
        return of(bytes, type, ContentDisposition.inline().filename(name).build());
    }

    private static ResponseEntity<byte[]> of(byte[] bytes, String type, ContentDisposition disposition) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes);
    }
}
