package fr.monenfantalecole.portail.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which sheets go together, for the second reading (see HitFeatures#linkAgreement): the sheets a
 * sheet sends to ("À lire aussi", written by the editors) and the national sheets whose texts are
 * nearest to it (the {@value #NEAREST} most similar by the words of their title and text, TF-IDF
 * cosine), both ways. Computed from the sheets alone when the index is built; a collectivité's own
 * sheet is linked only by what it sends to, never by its text, so one collectivité's sheets never
 * change another's ranking.
 */
final class SheetLinks {

    /** How many nearest national sheets a sheet is linked to by its text. */
    static final int NEAREST = 3;

    private final List<Set<String>> linked;

    /**
     * @param ids each document's id
     * @param sheet whether the document is a sheet
     * @param national whether it is a national one (text neighbours are sought among those only)
     * @param related the ids each document sends to
     * @param text each document's words (title, short answer, detail)
     */
    SheetLinks(String[] ids, boolean[] sheet, boolean[] national, String[] related, String[] text) {
        int n = ids.length;
        Map<String, Set<String>> byId = new HashMap<>();
        for (int doc = 0; doc < n; doc++) {
            if (!sheet[doc] || related[doc].isBlank()) {
                continue;
            }
            for (String other : related[doc].strip().split(" +")) {
                link(byId, ids[doc], other);
            }
        }
        nearest(ids, sheet, national, text, byId);
        linked = new ArrayList<>(n);
        for (int doc = 0; doc < n; doc++) {
            linked.add(sheet[doc] ? byId.getOrDefault(ids[doc], Set.of()) : Set.of());
        }
    }

    /** The ids of the sheets this document goes with (empty for what is not a sheet). */
    Set<String> of(int doc) {
        return linked.get(doc);
    }

    private static void link(Map<String, Set<String>> byId, String a, String b) {
        if (!a.equals(b)) {
            byId.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            byId.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
    }

    /**
     * Each national sheet linked to its {@value #NEAREST} nearest national sheets by TF-IDF cosine. The
     * similarities of one sheet to all others are summed along the postings of its words (each posting
     * holds the other sheet's weight), so a word no other sheet says costs nothing.
     */
    private static void nearest(
            String[] ids, boolean[] sheet, boolean[] national, String[] text, Map<String, Set<String>> byId) {
        List<Integer> docs = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Map<Character, String> folding = new HashMap<>();
        for (int doc = 0; doc < ids.length; doc++) {
            if (!sheet[doc] || !national[doc]) {
                continue;
            }
            Map<String, Integer> c = new HashMap<>();
            String folded = folded(text[doc], folding);
            int start = -1;
            for (int k = 0; k <= folded.length(); k++) {
                char ch = k < folded.length() ? folded.charAt(k) : ' ';
                boolean word = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
                if (word && start < 0) {
                    start = k;
                } else if (!word && start >= 0) {
                    if (k - start > 2) {
                        c.merge(folded.substring(start, k), 1, Integer::sum);
                    }
                    start = -1;
                }
            }
            c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            docs.add(doc);
            counts.add(c);
        }
        int n = docs.size();
        Map<String, Integer> termIds = new HashMap<>();
        List<int[]> termsOf = new ArrayList<>(n);
        List<double[]> weightsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            var c = counts.get(i);
            int[] terms = new int[c.size()];
            double[] weights = new double[c.size()];
            double norm = 0;
            int k = 0;
            for (var e : c.entrySet()) {
                terms[k] = termIds.computeIfAbsent(e.getKey(), t -> termIds.size());
                weights[k] = (1 + Math.log(e.getValue())) * Math.log((double) n / df.getOrDefault(e.getKey(), 1));
                norm += weights[k] * weights[k];
                k++;
            }
            double z = norm == 0 ? 1 : Math.sqrt(norm);
            for (int t = 0; t < k; t++) {
                weights[t] /= z;
            }
            termsOf.add(terms);
            weightsOf.add(weights);
        }
        int[] length = new int[termIds.size()];
        for (int[] terms : termsOf) {
            for (int t : terms) {
                length[t]++;
            }
        }
        int[][] postingDocs = new int[length.length][];
        double[][] postingWeights = new double[length.length][];
        for (int t = 0; t < length.length; t++) {
            postingDocs[t] = new int[length[t]];
            postingWeights[t] = new double[length[t]];
        }
        int[] filled = new int[length.length];
        for (int i = 0; i < n; i++) {
            int[] terms = termsOf.get(i);
            double[] weights = weightsOf.get(i);
            for (int k = 0; k < terms.length; k++) {
                int t = terms[k];
                postingDocs[t][filled[t]] = i;
                postingWeights[t][filled[t]++] = weights[k];
            }
        }
        double[] sims = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sims, 0);
            int[] terms = termsOf.get(i);
            double[] weights = weightsOf.get(i);
            for (int k = 0; k < terms.length; k++) {
                double w = weights[k];
                if (w == 0) {
                    continue;
                }
                int[] others = postingDocs[terms[k]];
                double[] otherWeights = postingWeights[terms[k]];
                for (int p = 0; p < others.length; p++) {
                    sims[others[p]] += w * otherWeights[p];
                }
            }
            sims[i] = Double.NEGATIVE_INFINITY;
            boolean[] taken = new boolean[n];
            for (int k = 0; k < Math.min(NEAREST, n - 1); k++) {
                int best = -1;
                for (int j = 0; j < n; j++) {
                    if (j != i && !taken[j] && (best < 0 || sims[j] > sims[best])) {
                        best = j;
                    }
                }
                taken[best] = true;
                link(byId, ids[docs.get(i)], ids[docs.get(best)]);
            }
        }
    }

    /**
     * Lower case without accents, as {@code Normalizer} NFD, marks removed, lower-cased would give (the
     * decomposition of each character kept in {@code folding}: a character at a time, not a regular
     * expression over the whole text).
     */
    private static String folded(String text, Map<Character, String> folding) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch < 128) {
                out.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
            } else {
                out.append(folding.computeIfAbsent(
                        ch,
                        c -> Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                                .replaceAll("\\p{M}", "")
                                .toLowerCase(Locale.ROOT)));
            }
        }
        return out.toString();
    }
}
