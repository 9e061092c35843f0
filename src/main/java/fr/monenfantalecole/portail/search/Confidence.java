package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Whether the best hit answers the query or is only a weak guess: the share of the query's words,
 * each weighed by its rarity, that the hit contains (in any field, with synonyms, or within a typo).
 * "renouveler passeport" finds a sheet that says "renouveler" but not "passeport": half of the
 * query, and the rarer half missing, so the page says that no sheet answers rather than guessing.
 */
final class Confidence {

    /** Below this share of the query's weight found in the best hit, nothing is shown. */
    static final double MIN_COVERAGE = 0.4;

    private final FrenchAnalyzers analyzers;
    private final IndexSearcher searcher;

    Confidence(FrenchAnalyzers analyzers, IndexSearcher searcher) {
        this.analyzers = analyzers;
        this.searcher = searcher;
    }

    /** The rarity-weighed share of the words of {@code text} (already in French) found in doc. */
    double coverage(String text, int doc) {
        return coverage(text, new int[] {doc})[0];
    }

    /** The coverage of each document, the query's words read once for all of them. */
    double[] coverage(String text, int[] docs) {
        try {
            int documents = Math.max(searcher.getIndexReader().getDocCount("spell"), 1);
            double[] found = new double[docs.length];
            double total = 0;
            for (String word : new LinkedHashSet<>(SearchIndex.tokens(analyzers.spelling(), text))) {
                List<String> stems = SearchIndex.tokens(analyzers.plainQuery(), word);
                if (stems.isEmpty()) {
                    continue; // a stop word
                }
                int df = searcher.getIndexReader().docFreq(new Term("spell", word));
                double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
                total += idf;
                if (df == 0 && anotherWord(word, stems)) {
                    continue; // "déchetterie" shares its stem with "déchets", not its meaning
                }
                var weight =
                        searcher.createWeight(searcher.rewrite(of(word, stems, df)), ScoreMode.COMPLETE_NO_SCORES, 1f);
                HitFeatures.eachMatch(searcher, weight, docs, (i, scorer) -> found[i] += idf);
            }
            for (int i = 0; i < docs.length; i++) {
                found[i] = total == 0 ? 1 : found[i] / total;
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether this word, which no text writes, is a French word of its own that only shares its stem
     * with the texts' words: the stemmer reads "déchetterie" as "déchet", and "horaires de la
     * déchetterie" would be covered by the canteen's waste. The words the texts write with the same
     * stem are looked at: when one of them is a form of the same entry of the lexicon ("horaire",
     * "horaires"; "inscrivions", "inscrire"), the stem is the word's own and counts.
     */
    private boolean anotherWord(String word, List<String> stems) throws IOException {
        var lexicon = analyzers.lexicon();
        var lemmas = lexicon.lemmas(word);
        if (lemmas.isEmpty()) {
            return false; // a typo or a word the lexicon lacks: left to the stem and the typo match
        }
        var terms = MultiTerms.getTerms(searcher.getIndexReader(), "spell");
        if (terms == null) {
            return false;
        }
        boolean sameStem = false;
        for (String stem : stems) {
            var each = terms.iterator();
            if (each.seekCeil(new BytesRef(stem)) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (int seen = 0; seen < 200 && each.term().utf8ToString().startsWith(stem); seen++) {
                String written = each.term().utf8ToString();
                if (SearchIndex.tokens(analyzers.plainQuery(), written).contains(stem)) {
                    sameStem = true;
                    if (lexicon.lemmas(written).stream().anyMatch(lemmas::contains)) {
                        return false;
                    }
                }
                if (each.next() == null) {
                    break;
                }
            }
        }
        return sameStem;
    }

    /** The word in any ranked field, and within a typo of a known word when it is unknown itself. */
    private static Query of(String word, List<String> stems, int df) {
        var query = new BooleanQuery.Builder();
        for (String field : Relevance.FIELDS.keySet()) {
            for (String stem : stems) {
                query.add(new TermQuery(new Term(field, stem)), Occur.SHOULD);
            }
        }
        if (df == 0 && word.length() >= 5) {
            query.add(new FuzzyQuery(new Term("spell", word), word.length() >= 10 ? 2 : 1, 1, 50, true), Occur.SHOULD);
        }
        return query.build();
    }
}
