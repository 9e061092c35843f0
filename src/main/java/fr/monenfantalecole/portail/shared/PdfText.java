package fr.monenfantalecole.portail.shared;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text for the PDF standard fonts, which write WinAnsi only: any other character (an emoji in a name) becomes "?". */
public final class PdfText {

    private PdfText() {}

    public static String printable(String text, PDFont font) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String one = Character.toString(c);
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
