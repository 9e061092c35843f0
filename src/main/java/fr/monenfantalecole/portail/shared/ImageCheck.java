package fr.monenfantalecole.portail.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Accepts an uploaded image only if it really is a PNG or JPEG (read from its bytes, not from its
 * name or declared type), within a weight and size. SVG is refused: it can carry scripts.
 *
 * <p>The size is read from the header before any pixel is decoded: a few hundred bytes can declare
 * 40,000 × 40,000 pixels, which would take gigabytes once decoded. An accepted image is decoded and
 * written again, so what is stored and served is only pixels (no metadata, no file hidden behind
 * the image).
 */
public final class ImageCheck {

    private static final String UNREADABLE =
            "Ce fichier n'est pas une image lisible. Enregistrez-la à nouveau en PNG ou JPEG.";

    private ImageCheck() {}

    /** The image to store, or a French explanation of what to change. */
    public sealed interface Result permits Accepted, Refused {}

    /** The re-encoded image and its type. */
    public record Accepted(String contentType, byte[] bytes) implements Result {}

    public record Refused(String message) implements Result {}

    public static Result check(byte[] bytes, int maxBytes, int maxPixels, String what) {
        if (bytes.length == 0) {
            return new Refused("Choisissez un fichier image pour " + what + ".");
        }
        if (bytes.length > maxBytes) {
            return new Refused("L'image pèse " + (bytes.length / 1024) + " Ko ; " + (maxBytes / 1024)
                    + " Ko au plus sont acceptés. Enregistrez-la en PNG ou JPEG plus léger.");
        }
        String format = sniff(bytes);
        if (format == null) {
            return new Refused("Le fichier doit être une image PNG ou JPEG. Les autres formats (dont SVG et PDF) "
                    + "ne sont pas acceptés.");
        }
        try {
            return decode(bytes, format, maxPixels);
        } catch (IOException | RuntimeException e) {
            // A damaged or hostile file makes the decoders throw anything (IndexOutOfBounds, IllegalArgument…).
            return new Refused(UNREADABLE);
        }
    }

    private static Result decode(byte[] bytes, String format, int maxPixels) throws IOException {
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return new Refused(UNREADABLE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > maxPixels || height > maxPixels) {
                    return new Refused("L'image mesure " + width + " × " + height + " pixels ; " + maxPixels + " × "
                            + maxPixels + " au plus sont acceptés. Réduisez-la avant de l'envoyer.");
                }
                BufferedImage image = reader.read(0);
                return new Accepted("image/" + format, encode(image, format));
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        BufferedImage pixels = image;
        if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
            // The JPEG writer has no alpha channel: draw the image on white first.
            pixels = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = pixels.createGraphics();
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        if (!ImageIO.write(pixels, format, out)) {
            throw new IOException("Pas d'encodeur " + format);
        }
        return out.toByteArray();
    }

    private static @Nullable String sniff(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        return null;
    }
}
