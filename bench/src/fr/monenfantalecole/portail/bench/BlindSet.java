package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.search.SearchIndex;
import fr.monenfantalecole.portail.search.SearchScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The blind set of bench/blind: for reporting once, after tuning, never inside a tuning loop (see
 * its README). A query succeeds when its expected sheet, or one of the acceptable ones, ranks; the
 * strict figure counts the expected sheet only; queries with no answer are reported apart.
 */
public final class BlindSet {

    static final Path FILE = Path.of("bench/blind/search-queries.tsv");

    private BlindSet() {}

    public static List<SearchQuality.Case> cases(Path file) throws IOException {
        List<SearchQuality.Case> cases = new ArrayList<>();
        var lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            Set<String> acceptable = new LinkedHashSet<>();
            Arrays.stream(column(parts, 2).split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(acceptable::add);
            cases.add(new SearchQuality.Case(
                    parts[0].strip(),
                    column(parts, 1).strip(),
                    acceptable,
                    "blind",
                    column(parts, 3).strip()));
        }
        return cases;
    }

    /** A column that a set may leave out (acceptable sheets, kind): empty. */
    private static String column(String[] parts, int i) {
        return i < parts.length ? parts[i] : "";
    }

    static void report(SearchIndex index, SearchScope scope, Path file) throws IOException {
        var all = cases(file);
        var answerable = all.stream().filter(c -> !c.expected().isEmpty()).toList();
        System.out.println("== blind set " + file + " (measured once, after tuning)");
        SearchQuality.report(index, answerable, "blind", false, false);
        SearchQuality.report(index, answerable, "blind strict", false, true);
        for (String kind :
                new TreeSet<>(answerable.stream().map(SearchQuality.Case::kind).toList())) {
            SearchQuality.report(
                    index,
                    answerable.stream().filter(c -> c.kind().equals(kind)).toList(),
                    "  " + kind,
                    false,
                    false);
        }
        var none = all.stream().filter(c -> c.expected().isEmpty()).toList();
        long empty = none.stream()
                .filter(c -> index.search(scope, c.query(), 10, SearchIndex.MIN_COVERAGE)
                        .isEmpty())
                .count();
        System.out.printf(Locale.ROOT, "none: %d queries, %d with no confident answer%n", none.size(), empty);
    }
}
