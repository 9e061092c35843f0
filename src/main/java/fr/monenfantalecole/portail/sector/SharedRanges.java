package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lines of a carte scolaire file that give several écoles exactly the same range of a street. For
 * collèges this is a declared multi-school sector (the official file has many) and stays silent;
 * for écoles it is more often a line copied without changing its school, so the preview warns,
 * with the lines, and still lets the file be applied: parents of those addresses will be shown
 * every school. Streets are compared by the key the lookup uses.
 */
final class SharedRanges {

    private SharedRanges() {}

    /** One French warning per street and range shared by several écoles, in the order of the file. */
    static List<String> of(List<SectorCsv.Line> lines) {
        Map<String, List<SectorCsv.Line>> groups = new LinkedHashMap<>();
        for (var line : lines) {
            var r = line.rule();
            if (r == null || r.secteurUnique() || "college".equals(r.niveau())) {
                continue;
            }
            String raw = r.voie() != null && !r.voie().isBlank() ? r.voie() : r.lieuDit();
            String street = StreetNames.parse(raw == null ? "" : raw).key();
            String key = String.join(
                    "|",
                    r.codeInsee(),
                    street,
                    r.niveau(),
                    Objects.toString(r.parite(), "PI"),
                    Objects.toString(r.debut(), "") + Objects.toString(r.debutIndice(), ""),
                    Objects.toString(r.fin(), "") + Objects.toString(r.finIndice(), ""));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }
        List<String> warnings = new ArrayList<>();
        for (var group : groups.values()) {
            var schools = group.stream()
                    .map(l -> Objects.requireNonNull(l.rule()).uai())
                    .distinct()
                    .toList();
            if (schools.size() > 1) {
                warnings.add(warning(group, schools));
            }
        }
        return warnings;
    }

    private static String warning(List<SectorCsv.Line> group, List<String> schools) {
        var r = Objects.requireNonNull(group.getFirst().rule());
        String raw = r.voie() != null && !r.voie().isBlank() ? r.voie() : r.lieuDit();
        String side = "P".equals(r.parite()) ? " pairs" : "I".equals(r.parite()) ? " impairs" : "";
        boolean toTheEnd = r.fin() == null || r.fin() >= 9999;
        String numbers = r.debut() == null && toTheEnd
                ? (side.isEmpty() ? "toute la voie" : "tous les numéros" + side)
                : toTheEnd
                        ? "les numéros" + side + " à partir du " + r.debut()
                        : "les numéros" + side + " de " + (r.debut() == null ? 1 : r.debut()) + " à " + r.fin();
        return "Lignes "
                + String.join(
                        ", ",
                        group.stream().map(l -> String.valueOf(l.number())).toList()) + " : "
                + numbers + " de « " + raw + " » (" + r.commune() + ", " + r.niveau() + ") vont vers "
                + schools.size() + " écoles (" + String.join(", ", schools) + ") avec exactement la même plage. "
                + "Si ce n'est pas un secteur partagé voulu, corrigez le code de l'école : sinon les familles de ces "
                + "adresses verront toutes ces écoles.";
    }
}
