package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.search.SearchIndex;
import fr.monenfantalecole.portail.search.SearchScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The queries of bench/search-offtopic.tsv, which no sheet answers: how many get no result (the
 * engine saying plainly that nothing answers), per half of the development set; "--sweep" prints,
 * for the tune half only, the figures of several confidence thresholds.
 */
final class OffTopic {

    static final Path FILE = Path.of("bench/search-offtopic.tsv");

    private OffTopic() {}

    static List<String> queries(SearchQuality.Half half) throws IOException {
        return Files.readAllLines(FILE).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .filter(q -> SearchQuality.Half.of(q) == half)
                .toList();
    }

    static void report(SearchIndex index, SearchScope scope, SearchQuality.Half half, boolean verbose)
            throws IOException {
        var queries = queries(half);
        long empty = 0;
        for (String q : queries) {
            var hits = index.search(scope, q, 10, SearchIndex.MIN_COVERAGE);
            if (hits.isEmpty()) {
                empty++;
            } else if (verbose) {
                System.out.printf(
                        "ANSWERED %-45s got %s%n",
                        q, hits.stream().limit(3).map(SearchIndex.Hit::id).toList());
            }
        }
        System.out.printf(
                Locale.ROOT, "%-16s queries=%d with no confident answer=%d%n", "off-topic", queries.size(), empty);
    }

    static void sweep(SearchIndex index, SearchScope scope, List<SearchQuality.Case> tune) throws IOException {
        var off = queries(SearchQuality.Half.TUNE);
        for (double t : new double[] {0, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7}) {
            double reciprocal = 0;
            int top3 = 0;
            int silenced = 0;
            for (var c : tune) {
                var hits = index.search(scope, c.query(), 10, t);
                int rank = SearchQuality.rank(hits, c, true);
                reciprocal += rank > 0 ? 1.0 / rank : 0;
                top3 += rank > 0 && rank <= 3 ? 1 : 0;
                silenced += hits.isEmpty() ? 1 : 0;
            }
            long offEmpty = off.stream()
                    .filter(q -> index.search(scope, q, 10, t).isEmpty())
                    .count();
            System.out.printf(
                    Locale.ROOT,
                    "threshold %.2f: MRR@10=%.3f recall@3=%.3f answerable with no result=%d off-topic with no result=%d/%d%n",
                    t,
                    reciprocal / tune.size(),
                    (double) top3 / tune.size(),
                    silenced,
                    offEmpty,
                    off.size());
        }
    }
}
