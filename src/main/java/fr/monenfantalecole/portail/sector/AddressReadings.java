package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The ways the parts of an address may be read as a number and a street, surest first: the number
 * before the street ("5 rue …"), after a complement and before a street type ("résidence Les Iris 5
 * rue …"), alone next to the street ("5, rue …", "rue …, 5"), after the street ("rue de la Forêt
 * 12"), then each part as a street without a number ("la Bahuchais", "square du 8 Mai 1945").
 */
final class AddressReadings {

    private AddressReadings() {}

    /** A street text and the number read with it. */
    record Reading(
            String street,
            @Nullable Integer number,
            @Nullable String index) {}

    private static final Pattern LEADING = Pattern.compile("^(\\d{1,4})\\s*(BIS|TER|QUATER|[A-E])?(?:\\s+|$)");
    private static final Pattern TRAILING = Pattern.compile("(?:^|\\s)(\\d{1,4})\\s*(BIS|TER|QUATER|[A-E])?$");
    private static final Pattern INSIDE = Pattern.compile("\\s(\\d{1,4})\\s*(BIS|TER|QUATER|[A-E])?\\s+(?=([A-Z]+))");

    static List<Reading> of(List<String> parts) {
        List<Reading> first = new ArrayList<>();
        List<Reading> then = new ArrayList<>();
        List<Reading> loose = new ArrayList<>();
        List<Reading> last = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            var lead = LEADING.matcher(part);
            if (lead.find()) {
                String rest = part.substring(lead.end());
                Reading alone = new Reading("", number(lead.group(1)), lead.group(2));
                if (!rest.isEmpty()) {
                    first.add(new Reading(rest, alone.number(), alone.index()));
                } else {
                    // "5, rue …" and "rue …, 5": the number on its own, next to the street.
                    if (i + 1 < parts.size()) {
                        first.add(new Reading(parts.get(i + 1), alone.number(), alone.index()));
                    }
                    if (i > 0) {
                        then.add(new Reading(parts.get(i - 1), alone.number(), alone.index()));
                    }
                }
                continue;
            }
            var inside = INSIDE.matcher(part);
            while (inside.find()) {
                String word = inside.group(3);
                if (word.matches("BIS|TER|QUATER|[A-E]")) {
                    continue;
                }
                var reading = new Reading(part.substring(inside.end()), number(inside.group(1)), inside.group(2));
                if (StreetVocabulary.TYPES.containsKey(word) || (word.length() >= 4 && StreetTypes.of(word) != null)) {
                    first.add(reading);
                } else {
                    loose.add(reading); // "résidence Paul Signac 21 jardin du Presbytère"
                }
            }
            var trail = TRAILING.matcher(part);
            if (trail.find() && trail.start() > 0) {
                then.add(new Reading(part.substring(0, trail.start()), number(trail.group(1)), trail.group(2)));
            }
            last.add(new Reading(part, null, null));
        }
        // "Résidence de la Fosse rue Jules Guesde, 30": the street starts at a type inside a part.
        List<Reading> inner = new ArrayList<>();
        for (var r : first.isEmpty() && then.isEmpty() ? last : concat(first, then)) {
            String[] words = r.street().split(" ");
            for (int k = 1; k < words.length - 1; k++) {
                String type = words[k].length() >= 5 ? StreetTypes.of(words[k]) : null;
                if (INNER_TYPES.contains(words[k]) || (type != null && INNER_TYPES.contains(type))) {
                    inner.add(new Reading(
                            String.join(" ", List.of(words).subList(k, words.length)), r.number(), r.index()));
                }
            }
        }
        List<Reading> all = new ArrayList<>(first);
        all.addAll(then);
        all.addAll(loose);
        all.addAll(last);
        all.addAll(inner);
        return all;
    }

    /** Types written out or in their usual abbreviation, that can start a street inside a part. */
    private static final Set<String> INNER_TYPES = Set.of(
            "RUE",
            "BOULEVARD",
            "BD",
            "AVENUE",
            "AV",
            "PLACE",
            "IMPASSE",
            "IMP",
            "CHEMIN",
            "ALLEE",
            "SQUARE",
            "ROUTE",
            "QUAI",
            "PASSAGE",
            "RUELLE",
            "COURS",
            "MAIL",
            "ESPLANADE",
            "PROMENADE",
            "VENELLE");

    private static List<Reading> concat(List<Reading> a, List<Reading> b) {
        List<Reading> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Integer number(String digits) {
        return Integer.parseInt(digits);
    }
}
