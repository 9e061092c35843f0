package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the rules of a territory leave uncovered or contradictory, street by street and level by
 * level: numbers of a side that no rule covers, addresses two rules send to different schools
 * (unless the street is declared multi-school: same range for several schools), rules whose school
 * is closed or unknown. Streets absent from every rule cannot be seen without a street registry.
 */
public final class Coverage {

    private Coverage() {}

    /** One finding, in words. */
    public record Finding(String kind, String commune, String street, String niveau, String detail) {}

    /** The report. */
    public record Report(List<Finding> gaps, List<Finding> conflicts, List<Finding> schools, int streets) {}

    public static Report of(List<SectorRule> rules, Predicate<String> inTerritory, Predicate<String> openSchool) {
        Map<String, List<SectorRule>> byStreet = new LinkedHashMap<>();
        List<Finding> schools = new ArrayList<>();
        for (var r : rules) {
            if (!inTerritory.test(r.codeInsee())) {
                continue;
            }
            if (!openSchool.test(r.uai())) {
                schools.add(new Finding(
                        "etablissement",
                        r.commune(),
                        r.secteurUnique() ? "(toute la commune)" : street(r),
                        r.niveau(),
                        "L'établissement " + r.uai() + " est fermé ou inconnu de l'Annuaire : " + r.describe()));
            }
            if (!r.secteurUnique() && r.debut() != null) {
                byStreet.computeIfAbsent(r.codeInsee() + "|" + street(r) + "|" + r.niveau(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        List<Finding> gaps = new ArrayList<>();
        List<Finding> conflicts = new ArrayList<>();
        for (var entry : byStreet.entrySet()) {
            var list = entry.getValue();
            var first = list.getFirst();
            String label = StreetLabels.label(street(first));
            for (boolean even : new boolean[] {false, true}) {
                var side = list.stream()
                        .filter(r -> r.parite() == null
                                || r.parite().equals("PI")
                                || r.parite().equals(even ? "P" : "I"))
                        .sorted(Comparator.comparingInt(SectorRule::debut))
                        .toList();
                String sideName = even ? "pairs" : "impairs";
                if (side.isEmpty()) {
                    gaps.add(new Finding(
                            "trou",
                            first.commune(),
                            label,
                            first.niveau(),
                            "aucun numéro " + sideName + " n'est couvert"));
                    continue;
                }
                int next = even ? 2 : 1;
                for (var r : side) {
                    int start = from(r) % 2 == (even ? 0 : 1) ? from(r) : from(r) + 1;
                    if (start > next) {
                        gaps.add(new Finding(
                                "trou",
                                first.commune(),
                                label,
                                first.niveau(),
                                "numéros " + sideName + " de " + next + " à " + (start - 2) + " non couverts"));
                    }
                    next = Math.max(
                            next,
                            to(r) >= 9999 ? Integer.MAX_VALUE : (to(r) % 2 == (even ? 0 : 1) ? to(r) + 2 : to(r) + 1));
                }
                if (next != Integer.MAX_VALUE) {
                    gaps.add(new Finding(
                            "trou",
                            first.commune(),
                            label,
                            first.niveau(),
                            "numéros " + sideName + " à partir du " + next + " non couverts"));
                }
                conflicts.addAll(conflicts(side, sideName, first, label));
            }
        }
        return new Report(gaps, conflicts, schools, byStreet.size());
    }

    /** The numbers of a rule that has them: only numbered rules are gathered by street here. */
    private static int from(SectorRule r) {
        return Objects.requireNonNull(r.debut(), "a numbered rule");
    }

    private static int to(SectorRule r) {
        return Objects.requireNonNull(r.fin(), "a numbered rule");
    }

    private static List<Finding> conflicts(List<SectorRule> side, String sideName, SectorRule first, String label) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < side.size(); i++) {
            for (int j = i + 1; j < side.size(); j++) {
                var a = side.get(i);
                var b = side.get(j);
                boolean overlap = from(a) <= to(b) && from(b) <= to(a);
                boolean declaredMulti = from(a) == from(b) && to(a) == to(b);
                if (overlap && !a.uai().equals(b.uai()) && !declaredMulti) {
                    found.add(new Finding(
                            "conflit",
                            first.commune(),
                            label,
                            first.niveau(),
                            "numéros " + sideName + " de "
                                    + Math.max(from(a), from(b)) + " à " + Math.min(to(a), to(b)) + " : "
                                    + a.uai() + " et "
                                    + b.uai() + " (plages différentes qui se chevauchent)"));
                }
            }
        }
        return found;
    }

    private static String street(SectorRule r) {
        return r.voie() != null && !r.voie().isBlank() ? r.voie() : r.lieuDit() == null ? "" : r.lieuDit();
    }
}
