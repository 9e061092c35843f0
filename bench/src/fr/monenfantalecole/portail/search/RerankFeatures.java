package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.bench.BenchCorpus;
import fr.monenfantalecole.portail.bench.BlindSet;
import fr.monenfantalecole.portail.bench.SearchQuality;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the second reading of the first hits learns from (see Reranking): for each answerable query
 * of the sets named, the ranking's first 30 hits with their features, computed by the engine's own
 * code, and a label (2 the expected sheet, 1 an acceptable one, 0 another), as TSV for
 * bench/rerank-trial.py. Sets: "v2"… (bench/blind/vN/search-queries.tsv), "devTUNE", "devREPORT".
 * Run: java -cp … fr.monenfantalecole.portail.search.RerankFeatures OUT.tsv v2 v3 … devTUNE.
 */
public final class RerankFeatures {

    private RerankFeatures() {}

    public static void main(String[] args) throws IOException {
        var scope = new SearchScope(0, Set.of(), Set.of("35115"), null, true, true);
        try (var index = BenchCorpus.index(true);
                var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            out.println("set\tqid\tkind\tlabel\tid\t" + String.join("\t", HitFeatures.NAMES));
            int qid = 0;
            for (String set : List.of(args).subList(1, args.length)) {
                for (var c : cases(set)) {
                    qid++;
                    var candidates = index.candidates(scope, c.query());
                    var hits = candidates.hits();
                    for (int r = 0; r < hits.size(); r++) {
                        String id = hits.get(r).id();
                        int label = id.equals(c.expected()) ? 2 : c.acceptable().contains(id) ? 1 : 0;
                        var line = new StringBuilder();
                        line.append(set).append('\t').append(qid).append('\t').append(c.kind());
                        line.append('\t').append(label).append('\t').append(id);
                        for (double f : candidates.features()[r]) {
                            line.append(String.format(Locale.ROOT, "\t%.6f", f));
                        }
                        out.println(line);
                    }
                    if (hits.isEmpty()) {
                        // A query with no hit still counts in the sets' figures (as a miss).
                        out.println(set + "\t" + qid + "\t" + c.kind() + "\t-1\t-"
                                + "\t0".repeat(HitFeatures.NAMES.size()));
                    }
                }
            }
        }
    }

    static List<SearchQuality.Case> cases(String set) throws IOException {
        if (set.startsWith("dev")) {
            var half = set.equals("devTUNE") ? SearchQuality.Half.TUNE : SearchQuality.Half.REPORT;
            return SearchQuality.cases().stream().filter(c -> c.half() == half).toList();
        }
        return BlindSet.cases(Path.of("bench/blind", set, "search-queries.tsv")).stream()
                .filter(c -> !c.expected().isEmpty())
                .toList();
    }
}
