package fr.monenfantalecole.portail.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A second reading of the ranking's first hits. The ranking adds up, word by word, the best field of
 * each word; the second reading looks at each of the first {@link #DEPTH} hits as a whole — its
 * score and rank, how much of the query each field holds (BM25 of all the query's words in the title,
 * the parents' questions, the summary, the body, with synonyms), the share of the query's words its
 * title and its questions say, the rarity-weighed coverage (see Confidence), the accented words typed
 * found as written ("harcelé", the victim, is not "harcèle"), how much the first ten hits agree on
 * its theme — and orders them by a weighed sum of those features. The weights are learned, not
 * chosen: {@code bench/rerank-trial.py} fits a linear ranking model (XGBoost, gblinear, rank:ndcg)
 * on the spent evaluation sets, queries whose expected sheets were judged by people, and writes
 * {@code search/reclassement.tsv}. A linear model of a dozen numbers cannot learn a query or a
 * sheet: only how much each kind of evidence counts.
 */
final class Reranking {

    /** The first hits read again; the rest keep their order below them. */
    static final int DEPTH = 30;

    static final String RESOURCE = "search/reclassement.tsv";

    private static final Logger log = LoggerFactory.getLogger(Reranking.class);

    /** No second reading: the ranking's order is kept. */
    static final Reranking NONE = new Reranking(null);

    /** The weights shipped with the application (read once). */
    static final Reranking SHIPPED = shipped();

    private final double @Nullable [] weights;

    private Reranking(double @Nullable [] weights) {
        this.weights = weights;
    }

    /** The weights shipped with the application, none when the file is absent or unreadable (logged). */
    static Reranking shipped() {
        try (var in = Reranking.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                log.warn("Pas de pondération de reclassement ({}) : l'ordre de la recherche est gardé", RESOURCE);
                return NONE;
            }
            return parse(in);
        } catch (IOException | IllegalArgumentException e) {
            log.error("Pondération de reclassement illisible : l'ordre de la recherche est gardé", e);
            return NONE;
        }
    }

    /** Lines "feature TAB weight", '#' starts a comment; every feature must have its weight. */
    static Reranking parse(InputStream in) throws IOException {
        Map<String, Double> read = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\t");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("Ligne illisible : " + line);
                }
                read.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        double[] weights = new double[HitFeatures.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            Double w = read.get(HitFeatures.NAMES.get(i));
            if (w == null) {
                throw new IllegalArgumentException("Pas de poids pour " + HitFeatures.NAMES.get(i));
            }
            weights[i] = w;
        }
        return new Reranking(weights);
    }

    boolean active() {
        return weights != null;
    }

    /**
     * The hits in their new order (the first {@link #DEPTH} read again, each with its new score; the
     * others after them, as they were).
     */
    ScoreDoc[] rerank(
            IndexSearcher searcher, Confidence confidence, ShownFields shown, HitFeatures.Words words, ScoreDoc[] top) {
        var w = weights;
        if (w == null || top.length < 2) {
            return top;
        }
        int n = Math.min(DEPTH, top.length);
        double[][] features = HitFeatures.of(searcher, confidence, shown, words, Arrays.copyOf(top, n));
        List<ScoreDoc> read = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double score = 0;
            for (int f = 0; f < w.length; f++) {
                score += w[f] * features[i][f];
            }
            read.add(new ScoreDoc(top[i].doc, (float) score));
        }
        read.sort(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparingInt(d -> d.doc));
        ScoreDoc[] out = Arrays.copyOf(top, top.length);
        for (int i = 0; i < n; i++) {
            out[i] = read.get(i);
        }
        return out;
    }
}
