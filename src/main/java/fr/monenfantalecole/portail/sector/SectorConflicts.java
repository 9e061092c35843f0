package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Lines of a carte scolaire file that send the same address to two schools with different ranges:
 * the lookup would answer both and parents could not tell which one is theirs. The same range
 * given to several schools is a declared multi-school sector (the official collèges file has many)
 * and is kept, as in {@link Coverage}. Streets are compared by the key the lookup uses, so "R. de
 * la Gare" and "Rue de la Gare" are the same street.
 */
final class SectorConflicts {

    private static final int NO_END = 9999;

    private SectorConflicts() {}

    /** One line per conflicting rule, pointing at the line it contradicts. */
    static List<SectorCsv.Line> of(List<SectorCsv.Line> lines) {
        Map<String, List<SectorCsv.Line>> groups = new LinkedHashMap<>();
        // A street has many rules (one per range and side): its name is parsed once.
        Map<String, String> streets = new HashMap<>();
        for (var line : lines) {
            var r = line.rule();
            if (r == null || r.secteurUnique()) {
                continue;
            }
            String raw = r.voie() != null && !r.voie().isBlank() ? r.voie() : r.lieuDit();
            String street = streets.computeIfAbsent(
                    raw == null ? "" : raw, k -> StreetNames.parse(k).key());
            for (String side : List.of("P", "I")) {
                if (r.parite() == null || r.parite().equals("PI") || r.parite().equals(side)) {
                    groups.computeIfAbsent(
                                    r.codeInsee() + "|" + street + "|" + r.niveau() + "|" + side,
                                    k -> new ArrayList<>())
                            .add(line);
                }
            }
        }
        Map<Long, SectorCsv.Line> found = new TreeMap<>();
        groups.forEach((key, group) -> sweep(group, key.endsWith("|P") ? "pairs" : "impairs", found));
        return List.copyOf(found.values());
    }

    /** Rules sorted by their first number; each is compared with the earlier ones still open at that number. */
    private static void sweep(List<SectorCsv.Line> group, String side, Map<Long, SectorCsv.Line> found) {
        group.sort(Comparator.comparingLong(SectorConflicts::start).thenComparingLong(SectorCsv.Line::number));
        // One entry per school and range: repeated lines of the same rule are compared once.
        Map<String, SectorCsv.Line> open = new HashMap<>();
        for (var line : group) {
            long start = start(line);
            open.values().removeIf(o -> end(o) < start);
            var rule = rule(line);
            for (var other : open.values()) {
                var o = rule(other);
                if (!o.uai().equals(rule.uai()) && !sameRange(o, rule)) {
                    var later = line.number() > other.number() ? line : other;
                    var earlier = later == line ? other : line;
                    found.putIfAbsent(
                            later.number(), new SectorCsv.Line(later.number(), null, message(later, earlier, side)));
                }
            }
            open.putIfAbsent(rule.uai() + "|" + rule.debut() + "|" + rule.fin(), line);
        }
    }

    private static String message(SectorCsv.Line line, SectorCsv.Line other, String side) {
        var r = rule(line);
        var o = rule(other);
        int from = Math.max(number(r.debut(), 0), number(o.debut(), 0));
        int to = Math.min(number(r.fin(), NO_END), number(o.fin(), NO_END));
        String range = to >= 9999
                ? "les numéros " + side + " à partir du " + from
                : from == to ? "le numéro " + from : "les numéros " + side + " de " + from + " à " + to;
        String verb = from == to && to < 9999 ? " va vers " : " vont vers ";
        return "Conflit : " + range + " de cette voie" + verb + r.uai() + " ici et vers "
                + o.uai() + " ligne " + other.number()
                + ", avec une autre plage. Une adresse ne doit dépendre que d'un "
                + "établissement ; pour un secteur partagé entre plusieurs établissements, donnez-leur exactement la même plage.";
    }

    /** Equal numbers, or both the whole street (no numbers, or from 1 or 2 "to the end"). */
    private static boolean sameRange(SectorRule a, SectorRule b) {
        return (wholeStreet(a) && wholeStreet(b))
                || (number(a.debut(), 0) == number(b.debut(), 0) && number(a.fin(), NO_END) == number(b.fin(), NO_END));
    }

    private static boolean wholeStreet(SectorRule r) {
        return number(r.debut(), 0) <= 2 && number(r.fin(), NO_END) >= NO_END;
    }

    private static long start(SectorCsv.Line line) {
        var r = rule(line);
        return number(r.debut(), 0) * 10L + SectorRule.indexRank(r.debutIndice());
    }

    private static long end(SectorCsv.Line line) {
        var r = rule(line);
        return number(r.fin(), 99_999) * 10L + (r.fin() == null ? 9 : SectorRule.indexRank(r.finIndice()));
    }

    /** Only lines that hold a rule are grouped and compared (a line in error has none). */
    private static SectorRule rule(SectorCsv.Line line) {
        return Objects.requireNonNull(line.rule(), "only lines that hold a rule are grouped");
    }

    private static int number(@Nullable Integer value, int missing) {
        return value == null ? missing : value;
    }
}
