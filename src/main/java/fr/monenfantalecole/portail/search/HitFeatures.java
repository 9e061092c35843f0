package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.IntFunction;
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
import org.apache.lucene.search.Weight;

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
            "accents",
            "theme_agreement");

    static final List<String> FIELDS = List.of("title", "questions", "summary", "body", "syn", "syn_title");

    /** The hits whose subject is compared (see {@link #agreement}). */
    static final int AGREEMENT_DEPTH = 10;

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
    static double[][] of(
            IndexSearcher searcher, Confidence confidence, ShownFields shown, Words words, ScoreDoc[] hits) {
        var terms = words.terms();
        try {
            double[][] features = new double[hits.length][NAMES.size()];
            float best = hits.length == 0 ? 1 : hits[0].score;
            int[] docs = new int[hits.length];
            for (int i = 0; i < hits.length; i++) {
                double[] f = features[i];
                f[0] = best == 0 ? 0 : hits[i].score / best;
                f[1] = i + 1;
                f[2] = hits[i].score;
                docs[i] = hits[i].doc;
            }
            for (int k = 0; k < FIELDS.size(); k++) {
                fieldScores(searcher, FIELDS.get(k), terms, docs, features, 3 + k);
            }
            shares(searcher, "syn_title", terms, docs, features, 9);
            shares(searcher, "questions", terms, docs, features, 10);
            double[] coverage = confidence.coverage(words.french(), docs);
            for (int i = 0; i < hits.length; i++) {
                features[i][11] = coverage[i];
            }
            fieldScores(searcher, "accents", words.accented(), docs, features, 12);
            agreement(shown::subject, docs, features, 13);
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * BM25 of the query's words in one field of each hit (the sum over its words, 0 when none), into
     * column {@code column}.
     */
    private static void fieldScores(
            IndexSearcher searcher, String field, List<String> terms, int[] docs, double[][] into, int column)
            throws IOException {
        if (terms.isEmpty()) {
            return;
        }
        var query = new BooleanQuery.Builder();
        for (String t : terms) {
            query.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        }
        var weight = searcher.createWeight(searcher.rewrite(query.build()), ScoreMode.COMPLETE, 1f);
        eachMatch(searcher, weight, docs, (i, scorer) -> into[i][column] = scorer.score());
    }

    /** The share of the query's words this field of each hit says, into column {@code column}. */
    private static void shares(
            IndexSearcher searcher, String field, List<String> terms, int[] docs, double[][] into, int column)
            throws IOException {
        if (terms.isEmpty()) {
            return;
        }
        int[] said = new int[docs.length];
        for (String t : terms) {
            var weight = searcher.createWeight(new TermQuery(new Term(field, t)), ScoreMode.COMPLETE_NO_SCORES, 1f);
            eachMatch(searcher, weight, docs, (i, scorer) -> said[i]++);
        }
        for (int i = 0; i < docs.length; i++) {
            into[i][column] = (double) said[i] / terms.size();
        }
    }

    /**
     * How much the first hits agree on this hit's subject: the share of the first {@link
     * #AGREEMENT_DEPTH} hits' relative scores (column 0) that goes to hits of the same theme. A long
     * question whose words scatter over many sheets still points at one theme ("we are moving… the
     * little one's school" puts enrolment sheets first and among the next ones); a hit alone in its
     * theme is more likely one word's accident ({@code subject}: see ShownFields). Into column
     * {@code column}.
     */
    static void agreement(IntFunction<String> subject, int[] docs, double[][] into, int column) {
        String[] groups = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            groups[i] = subject.apply(docs[i]);
        }
        int top = Math.min(AGREEMENT_DEPTH, docs.length);
        double total = 0;
        for (int j = 0; j < top; j++) {
            total += into[j][0];
        }
        for (int i = 0; i < docs.length; i++) {
            double same = 0;
            for (int j = 0; j < top; j++) {
                if (groups[j].equals(groups[i])) {
                    same += into[j][0];
                }
            }
            into[i][column] = total == 0 ? 0 : same / total;
        }
    }

    /** What to do with a hit the weight matches: its place in the hits, and the scorer on it. */
    interface Matched {
        void at(int hit, Scorer scorer) throws IOException;
    }

    /**
     * Calls {@code matched} for each of the documents (index-wide numbers) the weight matches: one
     * scorer per segment, moved forward through them in document order, rather than a look-up per
     * document.
     */
    static void eachMatch(IndexSearcher searcher, Weight weight, int[] docs, Matched matched) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        var leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        for (int i : order) {
            var at = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            if (at != leaf) {
                leaf = at;
                scorer = weight.scorer(at);
            }
            int target = docs[i] - at.docBase;
            if (scorer != null && scorer.docID() <= target) {
                int found =
                        scorer.docID() == target ? target : scorer.iterator().advance(target);
                if (found == target) {
                    matched.at(i, scorer);
                }
            }
        }
    }
}
