package fr.monenfantalecole.portail.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;

/**
 * Query side: a conjugated or inflected word that no text of the index uses ("inscrivons",
 * "déménageront", "rembourserez", "contestions"), as written, once stemmed or through a synonym, is
 * put back to its lemma by the French lexicon when the texts use the lemma (inscrire, then
 * inscription through {@code lemmes.txt}). A general mechanism: every verb and adjective of French,
 * with no list of forms to keep up to date; words the texts use are never touched.
 */
final class InflectedWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * Verbs that carry a sentence and never say which sheet answers: any form of them the texts do not
     * use ("pouvait", "voudrait", "devrions", "fallait", "aurons") is left out, as the present forms
     * are stop words (see SimpleFrench).
     */
    static final java.util.Set<String> AUXILIARIES =
            java.util.Set.of("etre", "avoir", "pouvoir", "vouloir", "devoir", "falloir", "savoir");

    /** Shorter words are left as typed: too many of them are forms of several lemmas. */
    static final int MIN_LENGTH = 4;

    private final IndexVocabulary vocabulary;
    private final FrenchAnalyzers analyzers;

    InflectedWords(IndexReader reader, FrenchAnalyzers analyzers) {
        this.vocabulary = new IndexVocabulary(reader, analyzers);
        this.analyzers = analyzers;
    }

    /** The text with each inflected word that the texts do not use replaced by a lemma they use. */
    String toLemmas(String text) {
        return WORD.matcher(text).replaceAll(m -> Matcher.quoteReplacement(lemma(m.group())));
    }

    /** The lemma the texts use most for this word, or the word as typed. */
    String lemma(String typed) {
        String word = ForeignWords.fold(typed);
        if (word.length() < MIN_LENGTH || vocabulary.knows(word)) {
            return typed;
        }
        String best = typed;
        int bestDf = 0;
        var lemmas = analyzers.lexicon().lemmas(word);
        if (!lemmas.isEmpty() && AUXILIARIES.containsAll(lemmas)) {
            return " ";
        }
        for (String lemma : lemmas) {
            if (!lemma.equals(word) && vocabulary.knows(lemma)) {
                int df = Math.max(vocabulary.df("spell", lemma), 1);
                if (df > bestDf) {
                    best = lemma;
                    bestDf = df;
                }
            }
        }
        return best;
    }
}
