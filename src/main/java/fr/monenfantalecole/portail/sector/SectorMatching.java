package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which schools the rules of an address send it to, level by level, and the sentence parents read
 * when the number is missing, no rule applies, or the family may choose.
 */
final class SectorMatching {

    private SectorMatching() {}

    record Result(List<SectorIndex.Match> matches, String message) {}

    static Result matchesFor(
            CommuneEntry commune,
            @Nullable StreetEntry entry,
            @Nullable Integer number,
            @Nullable String index,
            List<String> levels) {
        List<SectorIndex.Match> matches = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean needNumber = false;
        for (String level : levels) {
            var single = commune.single().stream()
                    .filter(r -> r.niveau().equals(level))
                    .toList();
            if (!single.isEmpty()) {
                single.forEach(r -> matches.add(new SectorIndex.Match(level, r.uai(), r.describe())));
                continue;
            }
            if (entry == null) {
                continue;
            }
            var rules =
                    entry.rules().stream().filter(r -> r.niveau().equals(level)).toList();
            if (rules.isEmpty()) {
                continue;
            }
            List<SectorRule> applying;
            if (number == null) {
                var schools = rules.stream().map(SectorRule::uai).distinct().toList();
                boolean wholeStreet = rules.stream()
                        .allMatch(r -> r.debut() == null
                                || r.fin() == null
                                || (r.debut() <= 2 && r.fin() >= 9999 && "PI".equals(r.parite())));
                if (schools.size() > 1 && !wholeStreet) {
                    needNumber = true;
                    continue;
                }
                applying = rules;
            } else {
                applying = rules.stream().filter(r -> r.covers(number, index)).toList();
            }
            if (applying.isEmpty()) {
                missing.add(level);
            }
            applying.stream()
                    .collect(
                            java.util.stream.Collectors.toMap(SectorRule::uai, r -> r, (a, b) -> a, LinkedHashMap::new))
                    .values()
                    .forEach(r -> matches.add(new SectorIndex.Match(level, r.uai(), r.describe())));
        }
        String message;
        if (needNumber && matches.isEmpty()) {
            message = "Dans cette rue, l'école dépend du numéro : indiquez-le.";
        } else if (matches.isEmpty()) {
            message =
                    "Aucune règle de la carte scolaire ne couvre cette adresse. Contactez la mairie, qui vous indiquera l'école.";
        } else if (matches.stream().map(SectorIndex.Match::niveau).distinct().count() < matches.size()) {
            message = "Cette adresse relève de plusieurs établissements : la famille peut choisir entre eux.";
        } else {
            message = "";
        }
        if (!missing.isEmpty() && !matches.isEmpty()) {
            message = (message.isEmpty() ? "" : message + " ") + "Pour " + String.join(", ", missing)
                    + ", aucune règle ne couvre ce numéro : contactez la mairie.";
        }
        return new Result(matches, message);
    }
}
