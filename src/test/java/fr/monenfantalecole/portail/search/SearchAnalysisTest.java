package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.bench.BenchCorpus;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** French analysis and ranking on the national corpus, without a database. */
class SearchAnalysisTest {

    static SearchIndex index;
    static FrenchAnalyzers analyzers;
    static final SearchScope SCOPE = new SearchScope(0, Set.of(), Set.of("35115"), null, true, true);

    @BeforeAll
    static void build() throws IOException {
        analyzers = BenchCorpus.analyzers();
        index = BenchCorpus.index(true);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<String> tokens(String text) {
        return SearchIndex.tokens(analyzers.plainQuery(), text);
    }

    @Test
    void elisionCaseAndAccentsAreIgnored() {
        assertThat(tokens("L'Inscription à l'École")).isEqualTo(tokens("inscription ecole"));
        assertThat(tokens("qu'est-ce que le périscolaire")).isEqualTo(tokens("periscolaire"));
        assertThat(tokens("d'AESH")).isEqualTo(tokens("aesh"));
    }

    @Test
    void pluralsAndStopWordsFold() {
        assertThat(tokens("les tarifs des cantines")).isEqualTo(tokens("tarif cantine"));
        assertThat(tokens("horaires")).isEqualTo(tokens("horaire"));
    }

    @Test
    void aTypoInALongWordStillFindsTheSheet() {
        assertThat(first("prix cantinne")).isEqualTo("CAN-004");
        // The typo reads as the word: the same first answer as spelt right, and the canteen sheet among
        // the first three (the corpus now also answers "inscription + cantine" from the enrolment theme).
        assertThat(first("inscripsion cantine")).isEqualTo(first("inscription cantine"));
        assertThat(index.search(SCOPE, "inscripsion cantine", 3))
                .extracting(SearchIndex.Hit::id)
                .contains("CAN-002");
        assertThat(first("harcelemant")).startsWith("SEC-");
    }

    @Test
    void shortWordsStayExact() {
        // "cp" must not be read as "ce" (one letter away).
        var hits = index.search(SCOPE, "cp", 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().title().toLowerCase()).contains("cp");
    }

    @Test
    void parentsWordsFindTheAdministrationsWords() {
        assertThat(first("garderie le matin")).isEqualTo("PER-002");
        assertThat(first("avs ecole")).isEqualTo("HAN-004");
        assertThat(first("nounou")).startsWith("CRE-");
    }

    @Test
    void theRightSheetComesFirstForTypicalQuestions() {
        assertThat(first("cantine prix")).isEqualTo("CAN-004");
        assertThat(first("mon fils est harcelé")).isEqualTo("SEC-002");
        assertThat(first("inscription petite section")).isEqualTo("INS-002");
        assertThat(first("vaccins obligatoires école")).isEqualTo("SAN-007");
    }

    @Test
    void excerptsAreEscapedAndHighlighted() {
        var hit = index.search(SCOPE, "cantine", 1).getFirst();
        assertThat(hit.excerptHtml()).contains("<mark>").doesNotContain("<script");
    }

    @Test
    void establishmentsOfTheTerritoryAreFoundByName() {
        var hits = index.search(SCOPE, "ecole odile gautry", 3);
        assertThat(hits).extracting(SearchIndex.Hit::id).contains("0350256N");
        var elsewhere = new SearchScope(0, Set.of(), Set.of("35238"), null, true, true);
        assertThat(index.search(elsewhere, "odile gautry", 10))
                .extracting(SearchIndex.Hit::id)
                .doesNotContain("0350256N");
    }

    @Test
    void suggestionsCompleteTheLastWordAndTypoGetsADidYouMean() {
        var suggestions = index.suggest(SCOPE, "cant", 6);
        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.getFirst().title().toLowerCase()).contains("cantine");
        assertThat(index.correction("inscripsion")).isEqualTo("inscription");
        assertThat(index.correction("cantine")).isNull();
    }

    private static String first(String query) {
        var hits = index.search(SCOPE, query, 3);
        assertThat(hits).as("results for %s", query).isNotEmpty();
        return hits.getFirst().id();
    }

    @Test
    void englishQueriesFindTheFrenchSheets() {
        assertThat(first("school canteen price")).startsWith("CAN-");
        assertThat(first("how do I enrol my child in school")).startsWith("INS-");
    }

    @Test
    void aQueryNoSheetAnswersIsToldApartFromAnAnswer() {
        assertThat(index.search(SCOPE, "horaires de la dechetterie", 10, Confidence.MIN_COVERAGE))
                .isEmpty();
        assertThat(index.search(SCOPE, "naturalisation francaise dossier", 10, Confidence.MIN_COVERAGE))
                .isEmpty();
        assertThat(index.search(SCOPE, "school canteen price", 10, Confidence.MIN_COVERAGE))
                .isNotEmpty();
        // The guesses are still listed, under a notice that no sheet answers exactly.
        assertThat(index.search(SCOPE, "horaires de la dechetterie", 10)).isNotEmpty();
    }

    @Test
    void aWordOfItsOwnIsNotCoveredByAnotherWordWithTheSameStem() {
        // "déchetterie" stems like the canteen's "déchets" but is another word: nothing answers it.
        assertThat(index.search(SCOPE, "dechetterie", 10, Confidence.MIN_COVERAGE))
                .isEmpty();
        assertThat(index.search(SCOPE, "dechets cantine", 10, Confidence.MIN_COVERAGE))
                .isNotEmpty();
        // A form of a word the texts write still counts through its stem.
        assertThat(index.search(SCOPE, "nous inscrivions notre fils", 10, Confidence.MIN_COVERAGE))
                .isNotEmpty();
    }

    @Test
    void aWordNoSheetUsesFindsTheSheetThroughTheThesaurus() {
        // No sheet says "morsure" or "turbulent"; the thesaurus gives "blessure" and "agité", which sheets say.
        assertThat(first("elle a une morsure sur le bras")).isEqualTo("FAM-028");
        assertThat(first("mon gamin est turbulent en classe")).isEqualTo("SAN-012");
        // A word the sheets use is searched as it is, never through the thesaurus.
        assertThat(first("garderie le matin")).isEqualTo("PER-002");
    }

    @Test
    void aLongQuestionIsDecidedByTheWordsThatAskIt() {
        // Short queries are left as typed; a long one loses its greetings and politeness.
        assertThat(NarrativeFiller.strip("bonjour merci")).isEqualTo("bonjour merci");
        assertThat(tokens(NarrativeFiller.strip("Bonjour, je voudrais savoir le prix de la cantine, merci")))
                .isEqualTo(tokens("prix cantine"));
        assertThat(first("Bonjour, je voudrais savoir le prix de la cantine svp, merci d'avance"))
                .isEqualTo(first("cantine prix"));
    }

    @Test
    void simpleFrenchVerbsFindTheNamesOfTheProcedures() {
        assertThat(tokens("changer")).isEqualTo(tokens("changement"));
        assertThat(tokens("autoriser")).isEqualTo(tokens("autorisation"));
    }
}
