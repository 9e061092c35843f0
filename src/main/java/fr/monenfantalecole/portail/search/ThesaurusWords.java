package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * For a word of a query that no text of this index writes, the words of the thesaurus the texts write
 * instead (see FrenchThesaurus), as index terms: "morsure" → "blessure", "plaie". "Writes" is the word
 * as written, not {@link IndexVocabulary#knows} (which also accepts a word whose stem the texts use):
 * a word the texts only share a stem with gains from its thesaurus words too (spent pool, strict
 * MRR@10: as written 0.7676, as known 0.7659).
 */
final class ThesaurusWords {

    /** The thesaurus's words tried for one word, in its order, among those the texts write. */
    static final int MAX = 6;

    private final IndexReader reader;
    private final FrenchAnalyzers analyzers;

    ThesaurusWords(IndexReader reader, FrenchAnalyzers analyzers) {
        this.reader = reader;
        this.analyzers = analyzers;
    }

    /**
     * The index terms of the thesaurus's words for this folded word, at most {@link #MAX} words; none
     * for a word some text writes, a stop word or a word of fewer than 4 letters.
     */
    List<String> of(String word) {
        if (word.length() < 4 || FrenchAnalyzers.STOP_WORDS.contains(word) || written(word)) {
            return List.of();
        }
        var found = new LinkedHashSet<String>();
        int words = 0;
        for (String synonym : analyzers.lexicon().synonyms(word)) {
            if (words >= MAX) {
                break;
            }
            if (written(synonym) && !FrenchAnalyzers.STOP_WORDS.contains(synonym)) {
                found.addAll(SearchIndex.tokens(analyzers.plainQuery(), synonym));
                words++;
            }
        }
        return List.copyOf(found);
    }

    /** Whether some text writes this folded word as it is. */
    private boolean written(String word) {
        try {
            return reader.docFreq(new Term("spell", word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
