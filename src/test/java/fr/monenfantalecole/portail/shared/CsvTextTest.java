package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an imported file is decoded and what a stray quote gives. */
class CsvTextTest {

    @Test
    void aSpreadsheetFileIsReadAsWindows1252AndSaysSo() {
        byte[] bytes = "École de l’Œuvre – 2 €".getBytes(Charset.forName("windows-1252"));

        var decoded = CsvText.read(bytes);

        assertThat(decoded.text()).isEqualTo("École de l’Œuvre – 2 €");
        assertThat(decoded.encoding()).isEqualTo("Windows-1252");
    }

    @Test
    void utf8IsRecognisedWithAndWithoutItsBom() {
        byte[] plain = "École".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = "\uFEFFÉcole".getBytes(StandardCharsets.UTF_8);

        assertThat(CsvText.read(plain)).isEqualTo(new CsvText.Decoded("École", "UTF-8"));
        assertThat(CsvText.read(withBom)).isEqualTo(new CsvText.Decoded("École", "UTF-8 avec BOM"));
    }

    @Test
    void aQuoteNeverClosedIsALineErrorWhereItsRecordStarts() throws Exception {
        String text = "a;b\r\n1;2\r\n3;4\r\n\"5;6\r\n7;8\r\n";
        List<String> read = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (var parser = CsvText.OPEN_DATA.parse(new java.io.StringReader(text))) {
            CsvText.forEach(parser, r -> read.add(r.get("a")), (line, message) -> errors.add(line + " " + message));
        }

        assertThat(read).containsExactly("1", "3");
        assertThat(errors).singleElement().asString().startsWith("4 Guillemet");
    }

    @Test
    void aCellAspreadsheetWouldReadAsAFormulaStaysText() {
        assertThat(CsvText.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvText.cell("+33 2 99")).isEqualTo("'+33 2 99");
        assertThat(CsvText.cell("-2")).isEqualTo("'-2");
        assertThat(CsvText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvText.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvText.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvText.cell("=A;B")).isEqualTo("\"'=A;B\"");
        assertThat(CsvText.cell("Rue de la Gare")).isEqualTo("Rue de la Gare");
        assertThat(CsvText.cell(null)).isEmpty();
        assertThat(CsvText.uncell("'=1+1")).isEqualTo("=1+1");
        assertThat(CsvText.uncell("'Rue")).isEqualTo("'Rue");
    }

    @Test
    void aNulByteIsALineErrorAndTheOtherLinesAreStillRead() throws Exception {
        String text = "a;b\r\n1;2\r\n3;4\u00004\r\n5;6\r\n";
        List<String> read = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (var parser = CsvText.OPEN_DATA.parse(new java.io.StringReader(text))) {
            CsvText.forEach(parser, r -> read.add(r.get("a")), (line, message) -> errors.add(line + " " + message));
        }

        assertThat(read).containsExactly("1", "5");
        assertThat(errors).singleElement().asString().startsWith("3 Caractère nul");
    }

    @Test
    void aSheetIsWhatAFrenchSpreadsheetOpensWithEveryCellAsText() {
        byte[] sheet = CsvText.sheet(
                List.of("nom", "note"),
                List.of(new String[] {"=SOMME(A1)", "a;b"}, new String[] {"dit \"oui\"", null}));
        assertThat(new String(sheet, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFnom;note\r\n'=SOMME(A1);\"a;b\"\r\n\"dit \"\"oui\"\"\";\r\n");
    }
}
