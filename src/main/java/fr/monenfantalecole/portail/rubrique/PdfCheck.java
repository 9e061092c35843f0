package fr.monenfantalecole.portail.rubrique;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Accepts a document only if it really is a PDF (parsed whole with PDFBox, not judged by its name,
 * declared type or first bytes) within the size limit, that only shows things: no script, no
 * launched program, no file inside. Gives it a safe name.
 */
public final class PdfCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final String UNREADABLE =
            "Ce fichier n'est pas un PDF lisible : il est endommagé, ou c'est un autre "
                    + "format renommé en .pdf. Enregistrez-le à nouveau en PDF depuis votre logiciel.";

    private PdfCheck() {}

    public sealed interface Result permits Accepted, Refused {}

    public record Accepted(String nom) implements Result {}

    public record Refused(String message) implements Result {}

    public static Result check(byte[] bytes, String originalName) {
        if (bytes.length == 0) {
            return new Refused("Choisissez un fichier PDF à joindre.");
        }
        if (bytes.length > MAX_BYTES) {
            return new Refused("Le fichier pèse " + size(bytes.length) + " ; 5 Mo au plus sont acceptés. "
                    + "Enregistrez-le en PDF plus léger (par exemple en « taille réduite »).");
        }
        if (!(bytes.length >= 5
                && bytes[0] == '%'
                && bytes[1] == 'P'
                && bytes[2] == 'D'
                && bytes[3] == 'F'
                && bytes[4] == '-')) {
            return new Refused("Le fichier doit être un document PDF. Les autres formats (Word, images…) ne sont "
                    + "pas acceptés : enregistrez-le d'abord en PDF.");
        }
        return inspect(bytes).<Result>map(Refused::new).orElseGet(() -> new Accepted(safeName(originalName)));
    }

    /** Reads the whole document: its first bytes say nothing of what follows (HTML, scripts, other files). */
    private static Optional<String> inspect(byte[] bytes) {
        try (var document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                return Optional.of(UNREADABLE);
            }
            return PdfActiveContent.find(document)
                    .map(kind -> "Ce PDF contient " + kind.words
                            + " : le portail ne l'accepte pas, car les familles l'ouvriront. Enregistrez-en une copie simple "
                            + "(« Imprimer » puis « Enregistrer au format PDF ») et joignez cette copie.");
        } catch (InvalidPasswordException e) {
            return Optional.of("Ce PDF est protégé par un mot de passe : enregistrez-en une copie sans protection, "
                    + "que les familles pourront ouvrir.");
        } catch (IOException | RuntimeException e) {
            // A damaged or forged file makes the parser throw anything.
            return Optional.of(UNREADABLE);
        }
    }

    static String safeName(String original) {
        String base = original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[^\\p{L}\\p{N} ._()'-]", "_")
                .strip();
        if (base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            base = base.substring(0, base.length() - 4);
        }
        if (base.isBlank()) {
            base = "document";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + ".pdf";
    }

    /** "1,2 Mo" or "350 Ko". */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024.0));
        }
        return Math.max(1, bytes / 1024) + " Ko";
    }
}
