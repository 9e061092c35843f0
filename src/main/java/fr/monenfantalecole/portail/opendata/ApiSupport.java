package fr.monenfantalecole.portail.opendata;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the JSON controllers share: the collectivité of the path, absolute links, errors as French JSON. */
abstract class ApiSupport {

    protected final Collectivites collectivites;

    ApiSupport(Collectivites collectivites) {
        this.collectivites = collectivites;
    }

    protected Collectivite collectivite(String slug) {
        return collectivites
                .findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Collectivité inconnue : " + slug));
    }

    /** The portal's pages in path form ("/fougeres"), whatever host the API is called on. */
    protected static String basePath(Collectivite c) {
        return "/" + c.slug();
    }

    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
    }

    /** A parameter the API cannot read; the message is French and names the parameter. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("erreur", e.getMessage()));
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequest e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("erreur", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("erreur", "Paramètre illisible : " + e.getName() + "."));
    }
}
