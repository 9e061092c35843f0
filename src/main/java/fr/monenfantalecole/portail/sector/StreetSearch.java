package fr.monenfantalecole.portail.sector;

import fr.monenfantalecole.portail.shared.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the street an address names among the communes' streets, from the surest to the loosest
 * reading: the same type and name, the same name, every word typed, the name followed by words
 * that are not part of it, then a typo. When several fit, their labels are the suggestions. The
 * rank says how sure the reading is, so that the lookup keeps the surest of several readings.
 */
final class StreetSearch {

    static final int TYPO = 4;
    static final int PREFIX = 5;

    private final Map<String, CommuneEntry> communes;

    StreetSearch(Map<String, CommuneEntry> communes) {
        this.communes = communes;
    }

    /** A street, or suggestions, or nothing (rank 0); rank 1 is the surest. */
    record Found(@Nullable StreetEntry entry, List<String> suggestions, int rank) {

        static final Found NONE = new Found(null, List.of(), 0);

        boolean any() {
            return rank > 0;
        }
    }

    /** The sure readings, each cheap: hash lookups and the streets holding a word typed. */
    Found sure(StreetNames.Street street, List<CommuneEntry> candidates) {
        List<StreetEntry> exact = new ArrayList<>();
        candidates.forEach(c -> {
            var e = c.streets().get(street.key());
            if (e != null) {
                exact.add(e);
            }
        });
        if (!exact.isEmpty()) {
            return found(exact, 1);
        }
        var sameName = sameName(street.type(), street.name(), candidates);
        if (!sameName.isEmpty()) {
            return found(sameName, 2);
        }
        var containing = containing(street, candidates);
        if (!containing.isEmpty()) {
            return found(containing.stream().limit(8).toList(), 3);
        }
        return Found.NONE;
    }

    /** "rue de Dinan gauche": the name, then words that are not part of it. Looser than a typo. */
    Found prefix(StreetNames.Street street, List<CommuneEntry> candidates) {
        String[] words = street.name().split(" ");
        for (int k = words.length - 1; k >= 1; k--) {
            String prefix = String.join(" ", List.of(words).subList(0, k));
            var e = firstExact(street.type().isEmpty() ? prefix : street.type() + " " + prefix, candidates);
            var shorter = e != null ? List.of(e) : sameName(street.type(), prefix, candidates);
            if (!shorter.isEmpty()) {
                return found(shorter, PREFIX);
            }
        }
        return Found.NONE;
    }

    /** The same name, whatever the type typed (or none): "rue" typed for an "allée". */
    private static List<StreetEntry> sameName(String type, String name, List<CommuneEntry> candidates) {
        List<StreetEntry> sameName = new ArrayList<>();
        candidates.forEach(c -> sameName.addAll(c.byName().getOrDefault(name, List.of())));
        if (!type.isEmpty()) {
            sameName.removeIf(
                    e -> !e.street().type().isEmpty() && e.street().type().equals(type));
        }
        return sameName;
    }

    private static @Nullable StreetEntry firstExact(String key, List<CommuneEntry> candidates) {
        for (var c : candidates) {
            var e = c.streets().get(key);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** Every word typed is in the name ("12 leclerc" for "boulevard du Maréchal Leclerc"). */
    private static List<StreetEntry> containing(StreetNames.Street street, List<CommuneEntry> candidates) {
        List<String> words = List.of(street.name().split(" "));
        List<StreetEntry> containing = new ArrayList<>();
        for (var c : candidates) {
            List<StreetEntry> rarest = null;
            for (String w : words) {
                var holding = c.byWord().getOrDefault(w, List.of());
                if (rarest == null || holding.size() < rarest.size()) {
                    rarest = holding;
                }
            }
            for (var e : rarest == null ? List.<StreetEntry>of() : rarest) {
                Set<String> nameWords = new HashSet<>(List.of(e.street().name().split(" ")));
                if (nameWords.containsAll(words)
                        && (street.type().isEmpty()
                                || street.type().equals(e.street().type()))) {
                    containing.add(e);
                }
            }
        }
        return containing;
    }

    /** A typo: the closest name, only when clearly closer than any other. */
    Found typo(StreetNames.Street street, List<CommuneEntry> candidates) {
        record Scored(StreetEntry entry, int distance) {}
        List<Scored> scored = new ArrayList<>();
        int limit = Math.max(1, street.name().length() / 4);
        for (var c : candidates) {
            for (var e : c.streets().values()) {
                String name = e.street().name();
                if (Math.abs(name.length() - street.name().length()) > limit) {
                    continue;
                }
                int d = EditDistance.bounded(name, street.name(), limit);
                if (d <= limit) {
                    scored.add(new Scored(
                            e, d + typePenalty(street.type(), e.street().type())));
                }
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance));
        if (scored.isEmpty()) {
            return Found.NONE;
        }
        if (scored.size() == 1 || scored.get(1).distance() > scored.getFirst().distance() + 1) {
            return new Found(scored.getFirst().entry(), List.of(), TYPO);
        }
        return new Found(
                null, labels(scored.stream().limit(6).map(Scored::entry).toList()), TYPO);
    }

    /** A type typed that differs from the street's weighs like two mistakes; no type typed, like one. */
    private static int typePenalty(String typed, String actual) {
        if (typed.equals(actual)) {
            return 0;
        }
        return typed.isEmpty() ? 1 : 2;
    }

    private Found found(List<StreetEntry> entries, int rank) {
        return entries.size() == 1
                ? new Found(entries.getFirst(), List.of(), rank)
                : new Found(null, labels(entries), rank);
    }

    private List<String> labels(List<StreetEntry> entries) {
        return entries.stream()
                .map(e -> StreetLabels.label(e.label()) + ", "
                        + Objects.requireNonNull(communes.get(e.insee()), "a street belongs to an indexed commune")
                                .name())
                .distinct()
                .toList();
    }
}
