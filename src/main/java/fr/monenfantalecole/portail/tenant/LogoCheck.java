package fr.monenfantalecole.portail.tenant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * Accepts a logo only if it really is a PNG or JPEG image (read from its bytes, not from the name
 * or the declared type), of reasonable weight and size. SVG is refused: it can carry scripts.
 */
public final class LogoCheck {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_PIXELS = 2000;

    private LogoCheck() {}

    /** The content type to store, or a French explanation of what to change. */
    public sealed interface Result permits Accepted, Refused {}

    public record Accepted(String contentType) implements Result {}

    public record Refused(String message) implements Result {}

    public static Result check(byte[] bytes) {
        if (bytes.length == 0) {
            return new Refused("Choisissez un fichier image pour le logo.");
        }
        if (bytes.length > MAX_BYTES) {
            return new Refused("Le logo pèse " + (bytes.length / 1024) + " Ko ; 512 Ko au plus sont acceptés. "
                    + "Enregistrez-le en PNG ou JPEG plus léger.");
        }
        String type = sniff(bytes);
        if (type == null) {
            return new Refused("Le logo doit être une image PNG ou JPEG. Les autres formats (dont SVG et PDF) "
                    + "ne sont pas acceptés.");
        }
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return new Refused("Ce fichier n'est pas une image lisible. Enregistrez le logo à nouveau en PNG ou JPEG.");
            }
            if (image.getWidth() > MAX_PIXELS || image.getHeight() > MAX_PIXELS) {
                return new Refused("Le logo mesure " + image.getWidth() + " × " + image.getHeight()
                        + " pixels ; 2000 × 2000 au plus sont acceptés.");
            }
        } catch (IOException e) {
            return new Refused("Ce fichier n'est pas une image lisible. Enregistrez le logo à nouveau en PNG ou JPEG.");
        }
        return new Accepted(type);
    }

    private static @Nullable String sniff(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }
}
