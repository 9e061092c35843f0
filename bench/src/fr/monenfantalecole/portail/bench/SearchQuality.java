package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.search.SearchIndex;
import fr.monenfantalecole.portail.search.SearchScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Search quality on the development set: every dev query of the catalogue whose sheet is written,
 * plus the queries of bench/search-queries.tsv, split in two fixed halves by a hash of the query.
 * The "tune" half is the one to look at while changing the engine ("-v" prints its misses, and only
 * its misses); the "report" half is held out and only its figures are printed. Run with
 * bench/run.sh search quality [-v]. "--blind [PATH]" measures bench/blind/search-queries.tsv (or the
 * file named, same format) instead: a set for reporting once, never for tuning (see its README).
 */
public final class SearchQuality {

    /** Which half of the development set a query belongs to. */
    public enum Half {
        TUNE,
        REPORT;

        /** Fixed by the query's words (CRC32 of the folded text), so the halves never move. */
        static Half of(String query) {
            var crc = new CRC32();
            crc.update(folded(query).getBytes(StandardCharsets.UTF_8));
            return crc.getValue() % 2 == 0 ? TUNE : REPORT;
        }
    }

    /** A query and the sheet that should come first (or others that would satisfy the parent). */
    public record Case(String query, String expected, Set<String> acceptable, String source, String kind) {

        Case(String query, String expected, String source) {
            this(query, expected, Set.of(), source, "");
        }

        public Half half() {
            return Half.of(query);
        }
    }

    static final SearchScope SCOPE = new SearchScope(0, Set.of(), Set.of("35115"), null, true, true);

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        try (var index = BenchCorpus.index(true)) {
            int blind = List.of(args).indexOf("--blind");
            if (blind >= 0) {
                // "--blind PATH" measures another blind set of the same format.
                boolean named = blind + 1 < args.length && !args[blind + 1].startsWith("-");
                BlindSet.report(index, SCOPE, named ? Path.of(args[blind + 1]) : BlindSet.FILE);
                return;
            }
            var cases = cases();
            boolean tuneOnly = List.of(args).contains("--tune");
            for (Half half : tuneOnly ? new Half[] {Half.TUNE} : Half.values()) {
                String name = half == Half.TUNE ? "tune half (tuned on)" : "report half (held out)";
                System.out.println("== " + name);
                var ofHalf = cases.stream().filter(c -> c.half() == half).toList();
                for (String source : List.of("catalogue", "bench")) {
                    report(
                            index,
                            ofHalf.stream()
                                    .filter(c -> c.source().equals(source))
                                    .toList(),
                            source,
                            false);
                }
                report(index, ofHalf, "all", verbose && half == Half.TUNE);
                OffTopic.report(index, SCOPE, half, verbose && half == Half.TUNE);
            }
            if (List.of(args).contains("--sweep")) {
                OffTopic.sweep(
                        index,
                        SCOPE,
                        cases.stream().filter(c -> c.half() == Half.TUNE).toList());
            }
            if (!tuneOnly) {
                report(index, cases, "both", false);
            }
        }
    }

    /** Rank of the first expected or acceptable id in the hits, 0 when absent. */
    static int rank(List<SearchIndex.Hit> hits, Case c, boolean strict) {
        for (int i = 0; i < hits.size(); i++) {
            String id = hits.get(i).id();
            if (id.equals(c.expected()) || (!strict && c.acceptable().contains(id))) {
                return i + 1;
            }
        }
        return 0;
    }

    static double[] report(SearchIndex index, List<Case> cases, String label, boolean verbose) {
        return report(index, cases, label, verbose, true);
    }

    /** Prints and returns MRR@10, recall@3 and recall@1 of the cases. */
    static double[] report(SearchIndex index, List<Case> cases, String label, boolean verbose, boolean strict) {
        double reciprocal = 0;
        int top3 = 0;
        int top1 = 0;
        for (var c : cases) {
            var hits = index.search(SCOPE, c.query(), 10);
            int rank = rank(hits, c, strict);
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
                        hits.stream().limit(3).map(SearchIndex.Hit::id).toList());
            }
        }
        int n = Math.max(cases.size(), 1);
        double[] figures = {reciprocal / n, (double) top3 / n, (double) top1 / n};
        System.out.printf(
                Locale.ROOT,
                "%-16s queries=%d MRR@10=%.3f recall@3=%.3f recall@1=%.3f%n",
                label,
                cases.size(),
                figures[0],
                figures[1],
                figures[2]);
        return figures;
    }

    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    public static List<Case> cases() throws IOException {
        Set<String> written;
        try (var files = Files.walk(BenchCorpus.RESOURCES.resolve("fiches"))) {
            written = new HashSet<>(files.map(p -> p.getFileName().toString())
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
