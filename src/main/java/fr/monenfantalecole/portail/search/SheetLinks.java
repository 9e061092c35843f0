package fr.monenfantalecole.portail.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

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

    /** Each national sheet linked to its {@value #NEAREST} nearest national sheets by TF-IDF cosine. */
    private static void nearest(
            String[] ids, boolean[] sheet, boolean[] national, String[] text, Map<String, Set<String>> byId) {
        List<Integer> docs = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (int doc = 0; doc < ids.length; doc++) {
            if (!sheet[doc] || !national[doc]) {
                continue;
            }
            Map<String, Integer> c = new HashMap<>();
            var m = WORD.matcher(folded(text[doc]));
            while (m.find()) {
                if (m.end() - m.start() > 2) {
                    c.merge(m.group(), 1, Integer::sum);
                }
            }
            c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            docs.add(doc);
            counts.add(c);
        }
        int n = docs.size();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (var e : counts.get(i).entrySet()) {
                double x = (1 + Math.log(e.getValue())) * Math.log((double) n / df.getOrDefault(e.getKey(), 1));
                v.put(e.getKey(), x);
                norm += x * x;
            }
            double z = norm == 0 ? 1 : Math.sqrt(norm);
            v.replaceAll((w, x) -> x / z);
            vectors.add(v);
            for (String w : v.keySet()) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            double[] sims = new double[n];
            for (var e : vectors.get(i).entrySet()) {
                for (int j : postings.getOrDefault(e.getKey(), List.of())) {
                    if (j != i) {
                        sims[j] += e.getValue() * vectors.get(j).getOrDefault(e.getKey(), 0.0);
                    }
                }
            }
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

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
