package fr.monenfantalecole.portail.enrolment;

import fr.monenfantalecole.portail.support.WebClient;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Files a parent uploads in the tests: a real PDF, real photos, and a program renamed as a PDF. */
final class TestFiles {

    private TestFiles() {}

    static byte[] pdf() throws Exception {
        try (var doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] image(String format) throws Exception {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The first bytes of a Windows program, sent under a PDF's name. */
    static byte[] renamedExe() {
        byte[] bytes = new byte[2048];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        return bytes;
    }

    /** The three proofs the offer of {@link EnrolmentFixture#open} requires, each valid. */
    static Map<String, WebClient.Upload> allProofs() throws Exception {
        return Map.of(
                "piece_DOMICILE", new WebClient.Upload("facture.pdf", pdf()),
                "piece_LIVRET_FAMILLE", new WebClient.Upload("livret.jpg", image("jpeg")),
                "piece_VACCINATIONS", new WebClient.Upload("vaccins.png", image("png")));
    }
}
