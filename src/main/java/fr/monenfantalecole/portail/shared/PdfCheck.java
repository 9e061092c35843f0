package fr.monenfantalecole.portail.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Accepts a document only if it really is a PDF (parsed whole with PDFBox, not judged by its name,
 * declared type or first bytes) within the size limit, that only shows things: no script, no
 * launched program or other file opened, no form sent, no file inside, looked for in the parsed
 * tree and in the raw bytes. What is kept is not the upload but PDFBox's copy of it, saved anew:
 * only the objects PDFBox understood, without what a file can carry beside them (bytes after the
 * end, earlier revisions, objects no table lists) that another reader might still open. Gives it a
 * safe name.
 */
public final class PdfCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final String UNREADABLE =
            "Ce fichier n'est pas un PDF lisible : il est endommagé, ou c'est un autre "
                    + "format renommé en .pdf. Enregistrez-le à nouveau en PDF depuis votre logiciel.";

    private PdfCheck() {}

    public sealed interface Result permits Accepted, Refused {}

    /** The document as it is kept and served: PDFBox's re-saved copy, never the raw upload. */
    @SuppressWarnings("ArrayRecordComponent") // read once, to store; never compared
    public record Accepted(String nom, byte[] contenu) implements Result {}

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
        var active = PdfRawNames.find(bytes);
        if (active.isPresent()) {
            return new Refused(activeContent(active.get()));
        }
        return resave(bytes, safeName(originalName));
    }

    /** Reads the whole document (its first bytes say nothing of what follows) and saves it anew. */
    private static Result resave(byte[] bytes, String name) {
        try (var document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                return new Refused(UNREADABLE);
            }
            var active = PdfActiveContent.find(document);
            if (active.isPresent()) {
                return new Refused(activeContent(active.get()));
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return new Accepted(name, out.toByteArray());
        } catch (InvalidPasswordException e) {
            return new Refused("Ce PDF est protégé par un mot de passe : enregistrez-en une copie sans protection, "
                    + "que les familles pourront ouvrir.");
        } catch (IOException | RuntimeException e) {
            // A damaged or forged file makes the parser throw anything.
            return new Refused(UNREADABLE);
        }
    }

    private static String activeContent(PdfActiveContent.Kind kind) {
        return "Ce PDF contient " + kind.words
                + " : le portail ne l'accepte pas, car les familles l'ouvriront. Enregistrez-en une copie simple "
                + "(« Imprimer » puis « Enregistrer au format PDF ») et joignez cette copie.";
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
