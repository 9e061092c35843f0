package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.search.BenchRanking;
import fr.monenfantalecole.portail.search.RankingWeights;
import fr.monenfantalecole.portail.search.SearchIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Tunes the ranking's numbers (RankingWeights) on the spent sets: the blind sets v2 to v7 (already
 * reported on, answerable rows) and the tune half of the development set. A coordinate search: each
 * weight times 0.5, 0.75, 1.25, 1.5 and 2, an improvement kept only when the pool's strict MRR@10
 * gains 0.002 or more; every set is printed apart to see whether a change helps most of them. The
 * report half of the development set is measured once, before and after. Run with
 * bench/run.sh search quality is not it: java -cp ... bench.SearchWeightsTuning [rounds] [seconds].
 */
public final class SearchWeightsTuning {

    static final double[] FACTORS = {0.5, 0.75, 1.25, 1.5, 2};
    static final double MIN_GAIN = 0.002;

    record Param(String name, BiFunction<RankingWeights, Double, RankingWeights> times) {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        long deadline = System.nanoTime() + (args.length > 1 ? Long.parseLong(args[1]) : 1200) * 1_000_000_000L;
        Map<String, List<SearchQuality.Case>> sets = new LinkedHashMap<>();
        for (String v : List.of("v2", "v3", "v4", "v5", "v6", "v7", "v8")) {
            sets.put(v, answerable(Path.of("bench/blind", v, "search-queries.tsv")));
        }
        var dev = SearchQuality.cases();
        sets.put(
                "devTUNE",
                dev.stream().filter(c -> c.half() == SearchQuality.Half.TUNE).toList());
        var v1 = answerable(BlindSet.FILE);
        var report =
                dev.stream().filter(c -> c.half() == SearchQuality.Half.REPORT).toList();
        try (var index = BenchCorpus.index(true)) {
            var best = RankingWeights.DEFAULTS;
            var before = evaluate(index, best, sets);
            print("before", before);
            System.out.printf(Locale.ROOT, "v1 (spent, not in pool) before %.4f%n", mrr(index, v1));
            for (int round = 1; round <= rounds && System.nanoTime() < deadline; round++) {
                boolean changed = false;
                for (var p : params()) {
                    for (double f : FACTORS) {
                        if (System.nanoTime() > deadline) {
                            break;
                        }
                        var tried = p.times().apply(best, f);
                        if (tried.equals(best)) {
                            continue;
                        }
                        var figures = evaluate(index, tried, sets);
                        if (figures.get("pool") >= before.get("pool") + MIN_GAIN) {
                            best = tried;
                            before = figures;
                            changed = true;
                            print("round " + round + " keep " + p.name() + " x" + f, figures);
                        }
                    }
                }
                if (!changed) {
                    break;
                }
            }
            print("after", evaluate(index, best, sets));
            System.out.println("weights " + best);
            System.out.printf(Locale.ROOT, "v1 (spent, not in pool) after %.4f%n", mrr(index, v1));
            BenchRanking.weigh(index, RankingWeights.DEFAULTS);
            double reportBefore = mrr(index, report);
            BenchRanking.weigh(index, best);
            System.out.printf(
                    Locale.ROOT,
                    "dev REPORT (held out, %d queries) before %.4f after %.4f%n",
                    report.size(),
                    reportBefore,
                    mrr(index, report));
        }
    }

    static List<SearchQuality.Case> answerable(Path file) throws IOException {
        return BlindSet.cases(file).stream()
                .filter(c -> !c.expected().isEmpty())
                .toList();
    }

    static double mrr(SearchIndex index, List<SearchQuality.Case> cases) {
        double sum = 0;
        for (var c : cases) {
            int rank = SearchQuality.rank(index.search(SearchQuality.SCOPE, c.query(), 10), c, true);
            sum += rank > 0 ? 1.0 / rank : 0;
        }
        return sum / Math.max(cases.size(), 1);
    }

    /** Strict MRR@10 of each set, and of the pool (every case of every set, counted once each). */
    static Map<String, Double> evaluate(
            SearchIndex index, RankingWeights w, Map<String, List<SearchQuality.Case>> sets) {
        BenchRanking.weigh(index, w);
        Map<String, Double> figures = new LinkedHashMap<>();
        double sum = 0;
        int n = 0;
        for (var set : sets.entrySet()) {
            double m = mrr(index, set.getValue());
            figures.put(set.getKey(), m);
            sum += m * set.getValue().size();
            n += set.getValue().size();
        }
        figures.put("pool", sum / Math.max(n, 1));
        return figures;
    }

    static void print(String label, Map<String, Double> figures) {
        var line = new StringBuilder(label);
        figures.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s=%.4f", k, v)));
        System.out.println(line);
    }

    /** The ranking's numbers other than the field weights, in the order of {@link #scalars}. */
    static final List<String> SCALARS =
            List.of("phrase", "coverage", "rarity", "rarityFrom", "fuzzy", "accent", "tie", "scene", "thesaurus");

    static double[] scalars(RankingWeights w) {
        return new double[] {
            w.phrase(),
            w.coverage(),
            w.rarity(),
            w.rarityFrom(),
            w.fuzzy(),
            w.accent(),
            w.tie(),
            w.scene(),
            w.thesaurus()
        };
    }

    static RankingWeights weights(Map<String, Float> fields, double[] a) {
        return new RankingWeights(
                fields,
                (float) a[0],
                (float) a[1],
                a[2],
                (int) Math.round(a[3]),
                (float) a[4],
                (float) a[5],
                (float) Math.min(a[6], 1),
                (float) a[7],
                (float) a[8]);
    }

    /** Each number of the ranking, and how to multiply it by a factor. */
    static List<Param> params() {
        List<Param> params = new ArrayList<>();
        for (String field :
                RankingWeights.DEFAULTS.fields().keySet().stream().sorted().toList()) {
            params.add(new Param("field " + field, (w, f) -> {
                var fields = new HashMap<>(w.fields());
                fields.put(field, (float) (fields.get(field) * f));
                return weights(fields, scalars(w));
            }));
        }
        for (int i = 0; i < SCALARS.size(); i++) {
            int scalar = i;
            params.add(new Param(SCALARS.get(i), (w, f) -> {
                double[] a = scalars(w);
                a[scalar] *= f;
                return weights(w.fields(), a);
            }));
        }
        return params;
    }
}
