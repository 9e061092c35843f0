package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.bench.BenchCorpus;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Misspelt words corrected inside ranking: by sound, glued articles, SMS forms, one typo. */
class MisspellingsTest {

    static SearchIndex index;
    static final SearchScope SCOPE = new SearchScope(0, Set.of(), Set.of("35115"), null, true, true);

    @BeforeAll
    static void build() throws IOException {
        index = BenchCorpus.index(true);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void wordsThatSoundAlikeShareAKey() {
        assertThat(FrenchSounds.key("assurence")).isEqualTo(FrenchSounds.key("assurance"));
        assertThat(FrenchSounds.key("fotografie")).isEqualTo(FrenchSounds.key("photographie"));
        assertThat(FrenchSounds.key("reunyon")).isEqualTo(FrenchSounds.key("reunion"));
        assertThat(FrenchSounds.key("inskripsion")).isEqualTo(FrenchSounds.key("inscription"));
        assertThat(FrenchSounds.key("dislexie")).isEqualTo(FrenchSounds.key("dyslexie"));
        assertThat(FrenchSounds.key("garderi")).isEqualTo(FrenchSounds.key("garderie"));
        assertThat(FrenchSounds.key("cantine")).isNotEqualTo(FrenchSounds.key("college"));
        assertThat(FrenchSounds.close("assurence", "assurance")).isTrue();
    }

    @Test
    void aMisspeltKeyWordRanksLikeTheWordSpeltRight() {
        assertThat(first("assurence scolaire")).isEqualTo(first("assurance scolaire"));
        assertThat(first("garderi matin")).isEqualTo(first("garderie matin"));
        assertThat(first("lassurance scolaire")).isEqualTo(first("l'assurance scolaire"));
        assertThat(first("tarifs cantinne pr 2 enfants")).isEqualTo(first("tarifs cantine pour 2 enfants"));
    }

    @Test
    void theCorrectionShownIsTheOneSearched() throws IOException {
        var analyzers = BenchCorpus.analyzers();
        for (String typed : List.of(
                "inscripsion",
                "assurence scolaire",
                "dislexique",
                "garderi matin",
                "inscripsion cantine pr 2 enfants")) {
            String shown = index.correction(typed);
            assertThat(shown).as(typed).isNotNull().isNotEqualTo(typed);
            // Every word shown is a word the ranking searched, in the titles as everywhere else.
            String searched = index.relevance(typed).toString();
            for (String word : SearchIndex.tokens(analyzers.plainQuery(), shown)) {
                assertThat(searched).as("%s shows %s", typed, shown).contains("title:" + word);
            }
            assertThat(index.correction(shown))
                    .as("nothing left to correct in %s", shown)
                    .isNull();
        }
        assertThat(index.correction("inscripsion cantine pr 2 enfants"))
                .isEqualTo("inscription cantine pour 2 enfants");
        assertThat(index.correction("dislexique")).isEqualTo("dyslexique");
        // Known once stemmed: the ranking reads it as typed, so nothing is shown as corrected.
        assertThat(index.correction("cantinne")).isNull();
        assertThat(index.correction("cantine")).isNull();
        assertThat(index.correction("tarifs cantine pour 2 enfants")).isNull();
    }

    @Test
    void theReplacementsAreTheWordsTyped() {
        var corrected = index.corrections("INSCRIPSION cantine pr 2 enfants");
        assertThat(corrected.replaced())
                .containsExactly(
                        new Misspellings.Replacement("INSCRIPSION", "inscription"),
                        new Misspellings.Replacement("pr", "pour"));
        assertThat(corrected.text()).isEqualTo("inscription cantine pour 2 enfants");
        assertThat(index.corrections("tarifs cantine").changed()).isFalse();
        assertThat(index.corrections("INSCRIPSION cantine pr 2 enfants")).isEqualTo(corrected);
    }

    private static String first(String query) {
        return index.search(SCOPE, query, 1).getFirst().id();
    }
}
