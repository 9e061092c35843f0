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
    void catalogueEntriesWithoutATextAreNotPublished() {
        // Issue 20 wrote the last of the 460 sheets, so the shipped catalogue has no backlog left (the
        // first test counts the published sheets per theme); an entry the catalogue gains without its
        // text, or one an editor withdraws, must still never show a published version.
        var backlog = fiches.all().stream().filter(f -> !f.isPublished()).toList();
        assertThat(backlog).allSatisfy(f -> assertThat(f.publishedVersionId()).isNull());
    }
}
