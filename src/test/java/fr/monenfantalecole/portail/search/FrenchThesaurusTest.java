package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.bench.BenchCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrenchThesaurusTest {

    static FrenchThesaurus parse(String text) throws IOException {
        return FrenchThesaurus.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlyThePairsGivenBothWaysAreKeptFoldedAndInSingleWords() throws IOException {
        var thesaurus = parse("""
                UTF-8
                morsure|1
                (Nom)|blessure|plaie|piqûre|coup de dent
                blessure|2
                (Nom)|morsure|plaie
                (Nom)|offense
                plaie|1
                (Nom)|blessure
                """);
        // "piqûre" and "offense" are given one way only, "coup de dent" is several words.
        assertThat(thesaurus.of("morsure")).containsExactly("blessure");
        assertThat(thesaurus.of("blessure")).containsExactly("morsure", "plaie");
        assertThat(thesaurus.of("plaie")).containsExactly("blessure");
        assertThat(thesaurus.of("piqure")).isEmpty();
    }

    @Test
    void theShippedThesaurusLoadsWithTheLexicon() {
        assertThat(BenchCorpus.LEXICON.synonyms("morsure")).contains("blessure");
        assertThat(BenchCorpus.LEXICON.synonyms("turbulent")).contains("agite");
        assertThat(FrenchLexicon.none().synonyms("morsure")).isEmpty();
    }

    @Test
    void aMissingOrUnreadableFileMeansNoThesaurusNotAFailure() {
        assertThat(FrenchThesaurus.load(null).size()).isZero();
        assertThat(FrenchThesaurus.load(() -> {
                            throw new IOException("absent");
                        })
                        .size())
                .isZero();
    }
}
