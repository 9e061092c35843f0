package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.PortailTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The national corpus shipped in the repository imports whole, and re-importing changes nothing. */
@PortailTest
class CorpusIntegrationTest {

    @Autowired
    CorpusImport corpus;

    @Autowired
    NationalFiches fiches;

    @Autowired
    Themes themes;

    @Test
    void everyShippedSheetIsValidAndEveryThemeHasSheets() {
        var report = corpus.importCorpus(null);

        assertThat(report.errors()).as("sheets refused at import").isEmpty();
        assertThat(report.published() + report.updated() + report.drafts()).isZero();
        Map<String, Long> perTheme =
                fiches.published().stream().collect(Collectors.groupingBy(Fiche::themeId, Collectors.counting()));
        assertThat(perTheme.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        themes.all().stream().map(Theme::id).toList());
        assertThat(fiches.all()).hasSize(460);
    }

    @Test
    void catalogueEntriesWithoutATextAreTheBacklogAndNotPublished() {
        var backlog = fiches.all().stream().filter(f -> !f.isPublished()).toList();
        assertThat(backlog)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.publishedVersionId()).isNull());
    }
}
