package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of a territory leave uncovered or contradictory, street by street and level by
 * level: numbers of a side that no rule covers, addresses two rules send to different schools
 * (unless the street is declared multi-school: same range for several schools), rules whose school
 * is closed or unknown. Streets absent from every rule cannot be seen without a street registry.
 */
public final class Coverage {

    private Coverage() {}

    /** One finding, in words. */
    public record Finding(
            String kind, String commune, String street, String niveau, String detail, String uai, boolean own) {}

    /** The report. */
    public record Report(List<Finding> gaps, List<Finding> conflicts, List<Finding> schools, int streets) {

        /** "12 voies et niveaux examinés : 1 trou, aucun conflit, 2 règles vers un établissement fermé ou inconnu." */
        public String resume() {
            return count(streets, "voie et niveau examinés", "voies et niveaux examinés") + " : "
                    + count(gaps.size(), "trou", "trous") + ", "
                    + count(conflicts.size(), "conflit", "conflits") + ", "
                    + count(
                            schools.size(),
                            "règle vers un établissement fermé ou inconnu",
                            "règles vers un établissement fermé ou inconnu")
                    + ".";
        }

        /** The findings of one level, one school's sector, and one owner ("commune": its own rules, "departement"). */
        public Report filter(@Nullable String niveau, @Nullable String uai, @Nullable String origine) {
            Predicate<Finding> keep = f -> (niveau == null || niveau.equals(f.niveau()))
                    && (uai == null || f.detail().contains(uai) || uai.equals(f.uai()))
                    && (origine == null || ("commune".equals(origine) == f.own()));
            return new Report(
                    gaps.stream().filter(keep).toList(),
                    conflicts.stream().filter(keep).toList(),
                    schools.stream().filter(keep).toList(),
                    streets);
        }

        /** Every finding, for the CSV export. */
        public List<Finding> all() {
            var all = new ArrayList<Finding>(conflicts);
            all.addAll(schools);
            all.addAll(gaps);
            return all;
        }

        private static String count(int n, String one, String many) {
            return n == 0 ? "aucun" + (one.startsWith("règle") ? "e " : " ") + one : n + " " + (n == 1 ? one : many);
        }
    }

    public static Report of(List<SectorRule> rules, Predicate<String> inTerritory, Predicate<String> openSchool) {
        return of(rules, inTerritory, openSchool, r -> true);
    }

    /** The report, each finding marked with whether it comes from the collectivité's own rules ({@code own}). */
    public static Report of(
            List<SectorRule> rules,
            Predicate<String> inTerritory,
            Predicate<String> openSchool,
            Predicate<SectorRule> own) {
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
                        "L'établissement " + r.uai() + " est fermé ou inconnu de l'Annuaire : " + r.describe(),
                        r.uai(),
                        own.test(r)));
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
                            "aucun numéro " + (even ? "pair" : "impair") + " n'est couvert",
                            first.uai(),
                            own.test(first)));
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
                                numbers(sideName, next, start - 2)
                                        + (next == start - 2 ? " non couvert" : " non couverts"),
                                r.uai(),
                                own.test(r)));
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
                            "numéros " + sideName + " à partir du " + next + " non couverts",
                            side.getLast().uai(),
                            own.test(side.getLast())));
                }
                conflicts.addAll(conflicts(side, sideName, first, label, own));
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

    private static List<Finding> conflicts(
            List<SectorRule> side, String sideName, SectorRule first, String label, Predicate<SectorRule> own) {
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
                            numbers(sideName, Math.max(from(a), from(b)), Math.min(to(a), to(b))) + " : "
                                    + a.uai() + " et "
                                    + b.uai() + " (plages différentes qui se chevauchent)",
                            a.uai(),
                            own.test(a) || own.test(b)));
                }
            }
        }
        return found;
    }

    /** "numéros impairs de 3 à 15", or "numéro 17" when the range is one number (never "de 17 à 17"). */
    static String numbers(String sideName, int from, int to) {
        return from == to ? "numéro " + from : "numéros " + sideName + " de " + from + " à " + to;
    }

    private static String street(SectorRule r) {
        return r.voie() != null && !r.voie().isBlank() ? r.voie() : r.lieuDit() == null ? "" : r.lieuDit();
    }
}
