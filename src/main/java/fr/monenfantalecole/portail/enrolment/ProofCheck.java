package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.shared.ImageCheck;
import fr.monenfantalecole.portail.shared.PdfCheck;

/**
 * Accepts a proof only by its content, never by its name or declared type: a PDF must parse whole as
 * a PDF without active content (and is kept as PDFBox saved it again); a photo must be a PNG or JPEG
 * that decodes, and is kept re-encoded (pixels only). Anything else, a program renamed ".pdf"
 * included, is refused with what to do.
 */
final class ProofCheck {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final int MAX_PIXELS = 8000;

    private ProofCheck() {}

    sealed interface Result permits Accepted, Refused {}

    @SuppressWarnings("ArrayRecordComponent") // read once, to store
    record Accepted(String contentType, byte[] bytes) implements Result {}

    record Refused(String message) implements Result {}

    static Result check(byte[] bytes) {
        if (bytes.length == 0) {
            return new Refused("Joignez ce justificatif (PDF, JPEG ou PNG, 5 Mo au plus).");
        }
        if (bytes.length > MAX_BYTES) {
            return new Refused("Ce fichier pèse " + (bytes.length / (1024 * 1024))
                    + " Mo ; 5 Mo au plus sont acceptés. Enregistrez-le en plus léger, ou photographiez la page.");
        }
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return switch (PdfCheck.check(bytes, "justificatif.pdf")) {
                case PdfCheck.Accepted a -> new Accepted("application/pdf", a.contenu());
                case PdfCheck.Refused r -> new Refused(r.message());
            };
        }
        if (!image(bytes)) {
            return new Refused("Ce fichier n'est ni un PDF ni une photo JPEG ou PNG (son contenu a été vérifié, pas "
                    + "son nom). Enregistrez le document en PDF ou prenez-le en photo.");
        }
        return switch (ImageCheck.check(bytes, MAX_BYTES, MAX_PIXELS, "ce justificatif")) {
            case ImageCheck.Accepted a -> new Accepted(a.contentType(), a.bytes());
            case ImageCheck.Refused r -> new Refused(r.message());
        };
    }

    private static boolean image(byte[] b) {
        boolean png = b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
        return png || jpeg;
    }
}
