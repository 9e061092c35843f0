package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.search.SearchIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How often the engine declines to answer what the portal does not cover: the "none" rows of the
 * spent blind sets (v2 to v8) and the off-topic queries of both development halves, without a
 * confident answer; and how often an answerable query of the same sets keeps a confident first hit.
 * Run: {@code java -cp … fr.monenfantalecole.portail.bench.NoneRows} (class path: bench/run.sh).
 */
public final class NoneRows {

    private NoneRows() {}

    public static void main(String[] args) throws IOException {
        try (var index = BenchCorpus.index(true)) {
            int none = 0;
            int declined = 0;
            int answerable = 0;
            int confident = 0;
            for (String v : List.of("v2", "v3", "v4", "v5", "v6", "v7", "v8")) {
                for (var c : BlindSet.cases(Path.of("bench/blind", v, "search-queries.tsv"))) {
                    boolean answered = !index.search(SearchQuality.SCOPE, c.query(), 10, SearchIndex.MIN_COVERAGE)
                            .isEmpty();
                    if (c.expected().isEmpty()) {
                        none++;
                        declined += answered ? 0 : 1;
                    } else {
                        answerable++;
                        confident += answered ? 1 : 0;
                    }
                }
            }
            int offTopic = 0;
            int offDeclined = 0;
            for (var half : SearchQuality.Half.values()) {
                for (String q : OffTopic.queries(half)) {
                    offTopic++;
                    offDeclined += index.search(SearchQuality.SCOPE, q, 10, SearchIndex.MIN_COVERAGE)
                                    .isEmpty()
                            ? 1
                            : 0;
                }
            }
            System.out.printf(
                    "spent sets v2-v8: none rows declined %d of %d; answerable rows answered %d of %d;"
                            + " development off-topic declined %d of %d%n",
                    declined, none, confident, answerable, offDeclined, offTopic);
        }
    }
}
