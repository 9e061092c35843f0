package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.search.SearchScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Search quality on the development set: every dev query of the catalogue whose sheet is written,
 * plus the queries of bench/search-queries.tsv. Prints MRR@10 and recall@3 (and the misses with
 * "-v"). Run with bench/run.sh search.
 */
public final class SearchQuality {

    /** A query and the sheet that should come first. */
    public record Case(String query, String expected, String source) {}

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        var cases = cases();
        try (var index = BenchCorpus.index(true)) {
            var scope = new SearchScope(0, Set.of(), Set.of("35115"), null, true, true);
            for (String source : List.of("catalogue", "bench")) {
                report(
                        index,
                        scope,
                        cases.stream().filter(c -> c.source().equals(source)).toList(),
                        source,
                        false);
            }
            report(index, scope, cases, "all", verbose);
        }
    }

    static void report(
            fr.monenfantalecole.portail.search.SearchIndex index,
            SearchScope scope,
            List<Case> cases,
            String label,
            boolean verbose) {
        {
            double reciprocal = 0;
            int top3 = 0;
            int top1 = 0;
            for (var c : cases) {
                var hits = index.search(scope, c.query(), 10);
                int rank = 0;
                for (int i = 0; i < hits.size(); i++) {
                    if (hits.get(i).id().equals(c.expected())) {
                        rank = i + 1;
                        break;
                    }
                }
                if (rank > 0) {
                    reciprocal += 1.0 / rank;
                }
                if (rank == 1) {
                    top1++;
                }
                if (rank > 0 && rank <= 3) {
                    top3++;
                } else if (verbose) {
                    System.out.printf(
                            "MISS %-45s expected %s (rank %s) got %s%n",
                            c.query(),
                            c.expected(),
                            rank == 0 ? "-" : rank,
                            hits.stream().limit(3).map(h -> h.id()).toList());
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-9s queries=%d MRR@10=%.3f recall@3=%.3f recall@1=%.3f%n",
                    label,
                    cases.size(),
                    reciprocal / cases.size(),
                    (double) top3 / cases.size(),
                    (double) top1 / cases.size());
        }
    }

    public static List<Case> cases() throws IOException {
        Set<String> written;
        try (var files = Files.walk(BenchCorpus.RESOURCES.resolve("fiches"))) {
            written = new java.util.HashSet<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .toList());
        }
        List<Case> cases = new ArrayList<>();
        var queries = BenchCorpus.tsv("content/fiches.tsv", "fiche_id", "dev_queries");
        queries.forEach((id, text) -> {
            if (written.contains(id)) {
                for (String q : text.split("\\|")) {
                    if (!q.isBlank()) {
                        cases.add(new Case(q.strip(), id, "catalogue"));
                    }
                }
            }
        });
        Path own = Path.of("bench/search-queries.tsv");
        if (Files.exists(own)) {
            for (String line : Files.readAllLines(own)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                cases.add(new Case(parts[0].strip(), parts[1].strip(), "bench"));
            }
        }
        return cases;
    }
}
