package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.bench.BenchCorpus;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Hunspell French lexicon: real words, lemmas of inflected forms, and what the search makes of them. */
class FrenchLexiconTest {

    static final FrenchLexicon LEXICON = BenchCorpus.LEXICON;
    static DirectoryReader reader;

    /** A tiny index whose texts say "mention obligatoire" and "inscription". */
    @BeforeAll
    static void build() throws IOException {
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(
                directory, new IndexWriterConfig(analyzers(LEXICON).spelling()))) {
            var doc = new Document();
            for (String field : new String[] {"spell", "body", "syn"}) {
                doc.add(new TextField(field, "mention obligatoire, inscription", Field.Store.NO));
            }
            writer.addDocument(doc);
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    @Test
    void knowsEveryInflectedFormWithAccentsFolded() {
        assertThat(LEXICON.isWord("demenageront")).isTrue();
        assertThat(LEXICON.isWord("rembourserez")).isTrue();
        assertThat(LEXICON.isWord("cantinne")).isFalse();
        assertThat(LEXICON.isWord("inscripsion")).isFalse();
        assertThat(LEXICON.lemmas("inscrivions")).containsExactly("inscrire");
        assertThat(LEXICON.lemmas("demenageront")).containsExactly("demenager");
        assertThat(LEXICON.lemmas("xqzw")).isEmpty();
        assertThat(FrenchLexicon.none().isWord("ecole")).isFalse();
    }

    @Test
    void anInflectedWordTheTextsDoNotUseIsPutBackToALemmaTheyUse() {
        var inflected = new InflectedWords(reader, analyzers(LEXICON));
        // "inscrire" is a form of "inscription" in lemmes.txt, which the texts use.
        assertThat(inflected.lemma("inscrivions")).isEqualTo("inscrire");
        assertThat(inflected.lemma("inscription")).isEqualTo("inscription");
        // Any tense of the modal verbs is left out, like their present forms (stop words).
        assertThat(inflected.lemma("pourrions")).isBlank();
        assertThat(inflected.lemma("voudraient")).isBlank();
        // A word the lexicon does not know is left to the misspelling correction.
        assertThat(inflected.lemma("cantinne")).isEqualTo("cantinne");
        assertThat(new InflectedWords(reader, analyzers(FrenchLexicon.none())).lemma("inscrivions"))
                .isEqualTo("inscrivions");
    }

    @Test
    void aRealWordIsNeverCorrectedIntoAnotherWordByEdits() {
        var unguarded = new Misspellings(reader, analyzers(FrenchLexicon.none()));
        var guarded = new Misspellings(reader, analyzers(LEXICON));
        assertThat(unguarded.correctWord("menton")).isEqualTo("mention");
        assertThat(guarded.correctWord("menton")).isNull();
        // A typo is still a typo.
        assertThat(guarded.correctWord("mentoin")).isEqualTo("mention");
    }

    static FrenchAnalyzers analyzers(FrenchLexicon lexicon) {
        try {
            return new FrenchAnalyzers(
                    Files.newInputStream(BenchCorpus.RESOURCES.resolve("search/synonymes.txt")),
                    Files.newInputStream(BenchCorpus.RESOURCES.resolve("search/lemmes.txt")),
                    ForeignWords.none(),
                    lexicon);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
