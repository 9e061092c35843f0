package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Query-side weighting. In a long question written as a parent tells it ("we are moving in
 * February, how does it go for the little one's school"), most words are ones every sheet uses
 * (enfant, école, mois); the few rare ones (déménager) say which sheet answers. Each word's score in
 * a document already carries its rarity (BM25), but every word still adds its share; here the words
 * of one query are weighed against each other by rarity, so that the common ones stop outvoting the
 * telling ones. Short queries (a few key words) are left as they are: each of their words counts.
 */
final class QueryWeights {

    /** The field whose document frequency says how common a word is: the sheets' detailed text. */
    static final String FIELD = "body";

    static final float MIN = 0.35f;
    static final float MAX = 1.8f;

    private QueryWeights() {}

    /**
     * One weight per term: 1 for queries of fewer than {@code from} words, else the word's inverse
     * document frequency over the mean of the query's, raised to {@code power}, within [MIN, MAX].
     */
    static float[] of(IndexReader reader, List<String> terms, int from, double power) {
        float[] weights = new float[terms.size()];
        Arrays.fill(weights, 1f);
        if (terms.size() < from || power == 0) {
            return weights;
        }
        try {
            int documents = Math.max(reader.getDocCount(FIELD), 1);
            double[] idf = new double[terms.size()];
            double sum = 0;
            for (int i = 0; i < terms.size(); i++) {
                int df = reader.docFreq(new Term(FIELD, terms.get(i)));
                idf[i] = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
                sum += idf[i];
            }
            double mean = sum / terms.size();
            for (int i = 0; i < terms.size(); i++) {
                double w = Math.pow(idf[i] / mean, power);
                weights[i] = (float) Math.clamp(w, MIN, MAX);
            }
            return weights;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
