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
final class BlindSet {

    static final Path FILE = Path.of("bench/blind/search-queries.tsv");

    private BlindSet() {}

    static List<SearchQuality.Case> cases() throws IOException {
        List<SearchQuality.Case> cases = new ArrayList<>();
        var lines = Files.readAllLines(FILE);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            Set<String> acceptable = new LinkedHashSet<>();
            Arrays.stream(parts[2].split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(acceptable::add);
            cases.add(
                    new SearchQuality.Case(parts[0].strip(), parts[1].strip(), acceptable, "blind", parts[3].strip()));
        }
        return cases;
    }

    static void report(SearchIndex index, SearchScope scope) throws IOException {
        var all = cases();
        var answerable = all.stream().filter(c -> !c.expected().isEmpty()).toList();
        System.out.println("== blind set (measured once, after tuning)");
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
                .filter(c -> index.search(scope, c.query(), 10).isEmpty())
                .count();
        System.out.printf(Locale.ROOT, "none: %d queries, %d with no result%n", none.size(), empty);
    }
}
