package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.search.SearchAnswers;
import fr.monenfantalecole.portail.search.SearchIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the engine answers to the development queries and the off-topic ones, written to a file
 * so that two engines can be compared byte for byte (a change meant for speed only must leave it
 * identical): per query the hits with their exact scores (float bits) and highlighted excerpts, the
 * hits kept at the confidence threshold, the spelling proposed, and the completions of its first six
 * characters. Run: java -cp … fr.monenfantalecole.portail.bench.SearchDump FILE (see bench/run.sh for
 * the class path), then diff the files of the two engines.
 */
public final class SearchDump {

    private SearchDump() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/search-dump.txt");
        List<String> queries = new ArrayList<>();
        SearchQuality.cases().forEach(c -> queries.add(c.query()));
        for (var half : SearchQuality.Half.values()) {
            queries.addAll(OffTopic.queries(half));
        }
        var scope = SearchQuality.SCOPE;
        try (var index = BenchCorpus.index(true);
                var w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String q : queries) {
                w.println("Q " + q);
                for (var h : index.search(scope, q, 10)) {
                    w.println(line(h));
                }
                w.println("confident "
                        + index.search(scope, q, 10, SearchIndex.MIN_COVERAGE).size());
                w.println("api " + SearchAnswers.compute(index, scope, q, 10).suggestion());
                w.println("correction " + index.correction(q));
                for (var h : index.suggest(scope, q.substring(0, Math.min(q.length(), 6)), 6)) {
                    w.println("  suggest " + h.id() + " " + Float.floatToIntBits(h.score()) + " " + h.title());
                }
            }
        }
        System.out.println(queries.size() + " queries written to " + out);
    }

    private static String line(SearchIndex.Hit h) {
        return "  " + h.kind() + " " + h.id() + " " + Float.floatToIntBits(h.score()) + " " + h.doc() + " " + h.title()
                + " | " + h.path() + " | " + h.theme() + " | " + h.excerptHtml();
    }
}
