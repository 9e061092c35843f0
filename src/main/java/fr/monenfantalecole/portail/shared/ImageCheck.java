package fr.monenfantalecole.portail.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * Accepts an uploaded image only if it really is a PNG or JPEG (read from its bytes, not from its
 * name or declared type), within a weight and size. SVG is refused: it can carry scripts.
 */
public final class ImageCheck {

    private ImageCheck() {}

    /** The content type to store, or a French explanation of what to change. */
    public sealed interface Result permits Accepted, Refused {}

    public record Accepted(String contentType) implements Result {}

    public record Refused(String message) implements Result {}

    public static Result check(byte[] bytes, int maxBytes, int maxPixels, String what) {
        if (bytes.length == 0) {
            return new Refused("Choisissez un fichier image pour " + what + ".");
        }
        if (bytes.length > maxBytes) {
            return new Refused("L'image pèse " + (bytes.length / 1024) + " Ko ; " + (maxBytes / 1024)
                    + " Ko au plus sont acceptés. Enregistrez-la en PNG ou JPEG plus léger.");
        }
        String type = sniff(bytes);
        if (type == null) {
            return new Refused("Le fichier doit être une image PNG ou JPEG. Les autres formats (dont SVG et PDF) "
                    + "ne sont pas acceptés.");
        }
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return new Refused("Ce fichier n'est pas une image lisible. Enregistrez-la à nouveau en PNG ou JPEG.");
            }
            if (image.getWidth() > maxPixels || image.getHeight() > maxPixels) {
                return new Refused("L'image mesure " + image.getWidth() + " × " + image.getHeight() + " pixels ; "
                        + maxPixels + " × " + maxPixels + " au plus sont acceptés.");
            }
        } catch (IOException e) {
            return new Refused("Ce fichier n'est pas une image lisible. Enregistrez-la à nouveau en PNG ou JPEG.");
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
