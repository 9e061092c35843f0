package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AttendancePdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 7);

    @Test
    void aFullPageGoesOnOnTheNextWithItsTitleAgain() throws IOException {
        var children = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new DailyLists.Expected(
                        "0350001A", ActivityType.values()[0].name(), i, "Enfant" + i, "Prénom", null, i == 40))
                .toList();
        byte[] pdf = AttendancePdf.write(DAY, children, Map.of("0350001A", "École des Tilleuls"));
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            String second = stripper.getText(doc);
            assertThat(second)
                    .contains("École des Tilleuls")
                    .contains("40 enfants attendus")
                    .contains("ENFANT39 Prénom")
                    .contains("ENFANT40 Prénom — PAI")
                    .doesNotContain("ENFANT38 ");
        }
    }

    @Test
    void aDayWithoutChildrenIsOnePageSayingSo() throws IOException {
        try (var doc = Loader.loadPDF(AttendancePdf.write(DAY, List.of(), Map.of()))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Aucun enfant attendu");
        }
    }
}
