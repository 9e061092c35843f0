package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;

/** What the second reading of the first hits looks at in each of them (see Reranking). */
final class HitFeatures {

    /** The features, in the order of the weights of Reranking. */
    static final List<String> NAMES = List.of(
            "score_rel",
            "rank",
            "score",
            "title",
            "questions",
            "summary",
            "body",
            "syn",
            "syn_title",
            "title_share",
            "questions_share",
            "coverage",
            "accents");

    static final List<String> FIELDS = List.of("title", "questions", "summary", "body", "syn", "syn_title");

    /**
     * The query as the features read it: in French as the ranking reads it, its words as the ranking
     * searches them, and those typed with an accent, as written.
     */
    record Words(String french, List<String> terms, List<String> accented) {

        static Words of(FrenchAnalyzers analyzers, String french) {
            return new Words(
                    french,
                    List.copyOf(new LinkedHashSet<>(SearchIndex.tokens(analyzers.plainQuery(), french))),
                    new LinkedHashSet<>(SearchIndex.tokens(analyzers.accented(), french))
                            .stream()
                                    .filter(w -> !w.chars().allMatch(c -> c < 128))
                                    .toList());
        }
    }

    private HitFeatures() {}

    /** The features of each hit, in the order of {@link #NAMES}; hits in the ranking's order. */
    static double[][] of(IndexSearcher searcher, Confidence confidence, Words words, ScoreDoc[] hits) {
        var terms = words.terms();
        try {
            double[][] features = new double[hits.length][NAMES.size()];
            float best = hits.length == 0 ? 1 : hits[0].score;
            var leaves = searcher.getIndexReader().leaves();
            int[] docs = new int[hits.length];
            for (int i = 0; i < hits.length; i++) {
                double[] f = features[i];
                f[0] = best == 0 ? 0 : hits[i].score / best;
                f[1] = i + 1;
                f[2] = hits[i].score;
                var leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
                f[9] = share(leaf, "syn_title", terms, hits[i].doc - leaf.docBase);
                f[10] = share(leaf, "questions", terms, hits[i].doc - leaf.docBase);
                docs[i] = hits[i].doc;
            }
            for (int k = 0; k < FIELDS.size(); k++) {
                fieldScores(searcher, FIELDS.get(k), terms, hits, features, 3 + k);
            }
            fieldScores(searcher, "accents", words.accented(), hits, features, 12);
            double[] coverage = confidence.coverage(words.french(), docs);
            for (int i = 0; i < hits.length; i++) {
                features[i][11] = coverage[i];
            }
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * BM25 of the query's words in one field of each hit (the sum over its words, 0 when none), into
     * column {@code column}: one scorer per segment, moved forward through the hits in document order.
     */
    private static void fieldScores(
            IndexSearcher searcher, String field, List<String> terms, ScoreDoc[] hits, double[][] into, int column)
            throws IOException {
        if (terms.isEmpty()) {
            return;
        }
        var query = new BooleanQuery.Builder();
        for (String t : terms) {
            query.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        }
        var weight = searcher.createWeight(searcher.rewrite(query.build()), ScoreMode.COMPLETE, 1f);
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        var leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        for (int i : order) {
            int doc = hits[i].doc;
            var at = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (at != leaf) {
                leaf = at;
                scorer = weight.scorer(at);
            }
            if (scorer != null && scorer.docID() <= doc - at.docBase) {
                int target = doc - at.docBase;
                int found =
                        scorer.docID() == target ? target : scorer.iterator().advance(target);
                if (found == target) {
                    into[i][column] = scorer.score();
                }
            }
        }
    }

    /** The share of the query's words this field of the document says. */
    private static double share(LeafReaderContext leaf, String field, List<String> terms, int doc) throws IOException {
        if (terms.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String t : terms) {
            var postings = leaf.reader().postings(new Term(field, t));
            if (postings != null && postings.advance(doc) == doc) {
                found++;
            }
        }
        return (double) found / terms.size();
    }
}
