package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Uploaded images: sized from their header before decoding, re-encoded when accepted. */
class ImageCheckTest {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Test
    void aFewHundredBytesDeclaringHugeSizesAreRefusedWithoutDecodingThem() throws IOException {
        for (int side : new int[] {20_000, 40_000}) {
            byte[] bomb = png(side, side, new byte[64 * 1024]);
            assertThat(bomb.length).isLessThan(1024);
            long before = allocated();
            var result = ImageCheck.check(bomb, MAX_BYTES, 4000, "l'actualité");
            long allocated = allocated() - before;
            assertThat(result)
                    .isInstanceOfSatisfying(
                            ImageCheck.Refused.class,
                            refused -> assertThat(refused.message())
                                    .contains(side + " × " + side + " pixels")
                                    .contains("4000 × 4000 au plus"));
            // Decoding 20,000 × 20,000 takes 1.2 GB and 26 s; reading the header takes next to nothing.
            assertThat(allocated)
                    .as("octets alloués pour %d pixels de côté", side)
                    .isLessThan(16L * 1024 * 1024);
        }
    }

    @Test
    void anAcceptedImageIsStoredAsPixelsOnlyWithoutWhatWasHiddenInIt() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] clean = out.toByteArray();
        // A polyglot: a script after the end of the image, and a comment chunk inside it.
        byte[] hidden = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
        byte[] withText = insertBeforeEnd(
                clean,
                chunk(
                        "tEXt",
                        ("Comment\0" + new String(hidden, StandardCharsets.US_ASCII))
                                .getBytes(StandardCharsets.ISO_8859_1)));
        byte[] polyglot = concat(withText, hidden);

        var result = ImageCheck.check(polyglot, MAX_BYTES, 4000, "le logo");

        assertThat(result).isInstanceOfSatisfying(ImageCheck.Accepted.class, accepted -> {
            assertThat(accepted.contentType()).isEqualTo("image/png");
            assertThat(new String(accepted.bytes(), StandardCharsets.ISO_8859_1))
                    .doesNotContain("script");
            assertThat(size(accepted.bytes())).isEqualTo("40×30");
        });
    }

    @Test
    void aDamagedImageIsRefusedInFrenchWhateverTheDecoderThrows() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        byte[] jpeg = out.toByteArray();
        for (int cut : new int[] {4, 20, 200}) {
            var result = ImageCheck.check(Arrays.copyOf(jpeg, cut), MAX_BYTES, 4000, "le logo");
            assertThat(result)
                    .as("cut at %d", cut)
                    .isInstanceOfSatisfying(
                            ImageCheck.Refused.class,
                            refused -> assertThat(refused.message()).contains("image lisible"));
        }
        var garbage = png(10, 10, "pas des pixels".getBytes(StandardCharsets.UTF_8));
        assertThat(ImageCheck.check(garbage, MAX_BYTES, 4000, "le logo")).isInstanceOf(ImageCheck.Refused.class);
    }

    private static long allocated() {
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.getThreadAllocatedBytes(Thread.currentThread().threadId());
    }

    private static String size(byte[] bytes) {
        try {
            var image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            return image.getWidth() + "×" + image.getHeight();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG whose header declares the given size, with the given raw (uncompressed) scanlines. */
    static byte[] png(int width, int height, byte[] raw) throws IOException {
        var ihdr = new ByteArrayOutputStream();
        var data = new DataOutputStream(ihdr);
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 2, 0, 0, 0});
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        byte[] idat = Arrays.copyOf(buffer, deflater.deflate(buffer));
        return concat(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                chunk("IHDR", ihdr.toByteArray()),
                chunk("IDAT", idat),
                chunk("IEND", new byte[0]));
    }

    static byte[] chunk(String type, byte[] body) throws IOException {
        var out = new ByteArrayOutputStream();
        var data = new DataOutputStream(out);
        data.writeInt(body.length);
        byte[] typeAndBody = concat(type.getBytes(StandardCharsets.US_ASCII), body);
        data.write(typeAndBody);
        var crc = new CRC32();
        crc.update(typeAndBody);
        data.writeInt((int) crc.getValue());
        return out.toByteArray();
    }

    private static byte[] insertBeforeEnd(byte[] png, byte[] chunk) {
        int iend = png.length - 12;
        return concat(Arrays.copyOf(png, iend), chunk, Arrays.copyOfRange(png, iend, png.length));
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
