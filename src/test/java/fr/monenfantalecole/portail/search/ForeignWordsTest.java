package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ForeignWordsTest {

    static final Set<String> FRENCH = Set.of("principal", "bus", "report", "cantine", "de", "l", "ecole");

    static ForeignWords of(String lines) {
        return ForeignWords.parse(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void foreignWordsAndPhrasesBecomeFrenchTheLongestFirst() {
        var words = of("school => école\nschool lunch, canteen => cantine\nhow, do, my =>\nreport card => bulletin");
        assertThat(words.toFrench("How do I pay my school lunch?", FRENCH::contains))
                .isEqualTo("  I pay  cantine?");
        assertThat(words.toFrench("canteen School", FRENCH::contains)).isEqualTo("cantine école");
        // "report" is French, "card" is not: the phrase is English.
        assertThat(words.toFrench("report card", FRENCH::contains)).isEqualTo("bulletin");
    }

    @Test
    void aWordTheTextsUseIsNeverRewritten() {
        var words = of("principal => directeur\nbus => transport scolaire\nreport => bulletin");
        assertThat(words.toFrench("principal du collège", FRENCH::contains)).isEqualTo("principal du collège");
        assertThat(words.toFrench("bus report", FRENCH::contains)).isEqualTo("bus report");
    }

    @Test
    void aForeignQueryIsReadAsForeignWhole() {
        var words = of("the, are, when =>\nschool holidays => vacances");
        // "the" and "are" fold like French words ("thé", "are"), but the query is English.
        assertThat(words.toFrench("when are the school holidays", Set.of("the", "are")::contains)
                        .strip())
                .isEqualTo("vacances");
        assertThat(words.toFrench("the are", Set.of("the", "are")::contains)).isEqualTo("the are");
    }

    @Test
    void theVocabularyFileReads() throws IOException {
        var words = ForeignWords.parse(new ClassPathResource("search/langues.txt").getInputStream());
        assertThat(words.size()).isGreaterThan(500);
        assertThat(words.toFrench("school canteen fees", w -> false)).isEqualTo("école cantine tarif");
        assertThat(words.toFrench("inscripción escuela", w -> false)).isEqualTo("inscription école");
    }
}
