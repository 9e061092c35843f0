package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The words the texts of one index use: the one answer to "is this a word of ours?" that the
 * query-side rewrites ask before touching a word ({@link Misspellings} corrects only a word the texts
 * do not know, {@link InflectedWords} puts only such a word back to its lemma).
 */
final class IndexVocabulary {

    private final IndexReader reader;
    private final FrenchAnalyzers analyzers;

    IndexVocabulary(IndexReader reader, FrenchAnalyzers analyzers) {
        this.reader = reader;
        this.analyzers = analyzers;
    }

    /**
     * Whether the texts use this folded word as written, or once stemmed (in a text or through a
     * synonym), or whether it is a stop word.
     */
    boolean knows(String word) {
        if (FrenchAnalyzers.STOP_WORDS.contains(word) || df("spell", word) > 0) {
            return true;
        }
        for (String stem : SearchIndex.tokens(analyzers.plainQuery(), word)) {
            if (df("syn", stem) > 0 || df("body", stem) > 0) {
                return true;
            }
        }
        return false;
    }

    /** In how many documents this term of this field is. */
    int df(String field, String term) {
        try {
            return reader.docFreq(new Term(field, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
