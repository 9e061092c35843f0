package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.sector.SectorCsv;
import fr.monenfantalecole.portail.sector.SectorIndex;
import fr.monenfantalecole.portail.sector.SectorRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Carte scolaire accuracy on addresses as parents type them ({@link AddressSet}), per kind, on the
 * tuning draw (seed 42) and on the held-out draw (seed 20261206), and on the hand-written cases of
 * bench/sector/addresses-hand.tsv. An answer is right when it gives exactly the set of collèges of
 * the rules covering the number; "asked" when it gives no school but a choice of streets holding
 * the right one; "wrong" when it names other collèges (a silent wrong pick, the one that misleads a
 * parent); "none" otherwise. Run with bench/run.sh sector quality; "-v" prints the misses of the
 * tuning draw and of the hand-written cases, never of the held-out draw.
 */
public final class SectorQuality {

    static final long TUNING_SEED = 42;
    static final long HELD_OUT_SEED = 20261206;
    static final int PER_KIND = 1000;

    private static final String[] OUTCOMES = {"right", "asked", "wrong", "none", "error"};

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        var rules = rules();
        var index = new SectorIndex(rules);
        report("tuning draw (seed " + TUNING_SEED + ")", index, AddressSet.draw(rules, PER_KIND, TUNING_SEED), verbose);
        report(
                "held-out draw (seed " + HELD_OUT_SEED + ")",
                index,
                AddressSet.draw(rules, PER_KIND, HELD_OUT_SEED),
                false);
        hand(index, rules, verbose);
    }

    private static void report(String title, SectorIndex index, List<AddressSet.Case> cases, boolean verbose) {
        Map<String, int[]> byKind = new TreeMap<>();
        for (var c : cases) {
            int outcome = outcome(index, c.address(), c.insee(), c.expected(), verbose);
            byKind.computeIfAbsent(c.kind().name(), k -> new int[5])[outcome]++;
            byKind.computeIfAbsent("~ALL", k -> new int[5])[outcome]++;
        }
        System.out.println("== " + title);
        System.out.printf(
                "%-14s %6s %8s %8s %8s %8s %8s%n", "kind", "cases", "right", "asked", "wrong", "none", "error");
        byKind.forEach((kind, t) -> {
            int n = t[0] + t[1] + t[2] + t[3] + t[4];
            System.out.printf(
                    Locale.ROOT,
                    "%-14s %6d %7.2f%% %7.2f%% %7.2f%% %7.2f%% %7.2f%%%n",
                    kind.replace("~", ""),
                    n,
                    100.0 * t[0] / n,
                    100.0 * t[1] / n,
                    100.0 * t[2] / n,
                    100.0 * t[3] / n,
                    100.0 * t[4] / n);
        });
    }

    /**
     * The hand-written cases: address, INSEE code, then the expected collèges (UAIs separated by
     * spaces) or "choix:" and a street label that must be among the choices offered.
     */
    private static void hand(SectorIndex index, List<SectorRule> rules, boolean verbose) throws IOException {
        var lines = Files.readAllLines(Path.of("bench/sector/addresses-hand.tsv"), StandardCharsets.UTF_8);
        int[] t = new int[5];
        int choices = 0;
        int choicesRight = 0;
        for (var line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var f = line.replace("\\n", "\n").split("\t");
            if (f[2].startsWith("choix:")) {
                choices++;
                var answer = index.lookup(f[0], "college", f[1]::equals);
                boolean asked = answer.resultats().isEmpty()
                        && answer.suggestions().stream().anyMatch(s -> s.startsWith(f[2].substring(6)));
                if (asked) {
                    choicesRight++;
                } else if (verbose) {
                    System.out.printf("MISS choice %-55s got %s %s%n", f[0], uais(answer), answer.suggestions());
                }
                continue;
            }
            var expected = new TreeSet<>(List.of(f[2].split(" ")));
            t[outcome(index, f[0], f[1], expected, verbose)]++;
        }
        int n = t[0] + t[1] + t[2] + t[3] + t[4];
        System.out.println("== hand-written cases");
        System.out.printf(
                Locale.ROOT,
                "addresses=%d right=%d asked=%d wrong=%d none=%d error=%d; close streets: %d/%d asked to choose%n",
                n,
                t[0],
                t[1],
                t[2],
                t[3],
                t[4],
                choicesRight,
                choices);
    }

    private static int outcome(SectorIndex index, String address, String insee, Set<String> expected, boolean verbose) {
        Predicate<String> territory = insee::equals;
        SectorIndex.Answer answer;
        try {
            answer = index.lookup(address, "college", territory);
        } catch (RuntimeException e) {
            if (verbose) {
                System.out.printf("ERROR %-62s %s%n", address, e);
            }
            return 4;
        }
        Set<String> got = uais(answer);
        int outcome;
        if (got.equals(expected)) {
            outcome = 0;
        } else if (got.isEmpty() && !answer.suggestions().isEmpty()) {
            outcome = 1;
        } else if (!got.isEmpty()) {
            outcome = 2;
        } else {
            outcome = 3;
        }
        if (outcome != 0 && verbose) {
            System.out.printf(
                    "MISS %-5s %-62s expected %s got %s %s%n",
                    OUTCOMES[outcome],
                    address,
                    expected,
                    got,
                    answer.suggestions().stream().limit(3).toList());
        }
        return outcome;
    }

    private static Set<String> uais(SectorIndex.Answer answer) {
        return answer.resultats().stream().map(SectorIndex.Match::uai).collect(Collectors.toCollection(TreeSet::new));
    }

    static List<SectorRule> rules() throws IOException {
        var parsed = SectorCsv.parse(
                Files.readAllBytes(BenchCorpus.RESOURCES.resolve("opendata/fr-en-carte-scolaire-colleges-publics.csv")),
                "college");
        return parsed.rules();
    }

    /** The addresses of one commune drawn for the latency benchmark (every kind). */
    static List<String> addresses(List<SectorRule> rules, String insee, long seed) {
        List<String> out = new ArrayList<>();
        for (var c : AddressSet.draw(rules, 400, seed)) {
            if (c.insee().equals(insee)) {
                out.add(c.address());
            }
        }
        return out;
    }
}
