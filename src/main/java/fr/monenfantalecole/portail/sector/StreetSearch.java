package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the street an address names among the communes' streets, from the surest to the loosest
 * reading: the same type and name, the same name, every word typed, then a typo. When several fit,
 * their labels are the suggestions.
 */
final class StreetSearch {

    private final Map<String, CommuneEntry> communes;

    StreetSearch(Map<String, CommuneEntry> communes) {
        this.communes = communes;
    }

    record Found(@Nullable StreetEntry entry, List<String> suggestions) {}

    Found find(StreetNames.Street street, List<CommuneEntry> candidates) {
        // 1. The same type and name.
        List<StreetEntry> exact = new ArrayList<>();
        candidates.forEach(c -> {
            var e = c.streets().get(street.key());
            if (e != null) {
                exact.add(e);
            }
        });
        if (exact.size() == 1) {
            return new Found(exact.getFirst(), List.of());
        }
        if (exact.size() > 1) {
            return new Found(null, labels(exact));
        }
        // 2. The same name, whatever the type typed (or none).
        List<StreetEntry> sameName = new ArrayList<>();
        candidates.forEach(c -> sameName.addAll(c.byName().getOrDefault(street.name(), List.of())));
        if (street.type().isEmpty() == false) {
            // "rue" typed for what the file calls a "RUE": already exact; here the type differs.
            sameName.removeIf(
                    e -> !e.street().type().isEmpty() && e.street().type().equals(street.type()));
        }
        if (sameName.size() == 1) {
            return new Found(sameName.getFirst(), List.of());
        }
        if (sameName.size() > 1) {
            return new Found(null, labels(sameName));
        }
        // 3. Every word typed is in the name ("12 leclerc" for "boulevard du Maréchal Leclerc").
        List<String> words = List.of(street.name().split(" "));
        List<StreetEntry> containing = new ArrayList<>();
        for (var c : candidates) {
            for (var e : c.streets().values()) {
                var nameWords = Set.of(e.street().name().split(" "));
                if (nameWords.containsAll(words)
                        && (street.type().isEmpty()
                                || street.type().equals(e.street().type()))) {
                    containing.add(e);
                }
            }
        }
        if (containing.size() == 1) {
            return new Found(containing.getFirst(), List.of());
        }
        if (containing.size() > 1) {
            return new Found(null, labels(containing.stream().limit(8).toList()));
        }
        // 4. A typo: the closest name, only when clearly closer than any other.
        record Scored(StreetEntry entry, int distance) {}
        List<Scored> scored = new ArrayList<>();
        int limit = Math.max(1, street.name().length() / 4);
        for (var c : candidates) {
            for (var e : c.streets().values()) {
                String name = e.street().name();
                if (Math.abs(name.length() - street.name().length()) > limit) {
                    continue;
                }
                int d = StreetNames.distance(name, street.name(), limit);
                if (d <= limit) {
                    scored.add(new Scored(
                            e, d + typePenalty(street.type(), e.street().type())));
                }
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance));
        if (scored.isEmpty()) {
            return new Found(null, List.of());
        }
        if (scored.size() == 1 || scored.get(1).distance() > scored.getFirst().distance() + 1) {
            return new Found(scored.getFirst().entry(), List.of());
        }
        return new Found(
                null, labels(scored.stream().limit(6).map(Scored::entry).toList()));
    }

    /** A type typed that differs from the street's weighs like two mistakes; no type typed, like one. */
    private static int typePenalty(String typed, String actual) {
        if (typed.equals(actual)) {
            return 0;
        }
        return typed.isEmpty() ? 1 : 2;
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
