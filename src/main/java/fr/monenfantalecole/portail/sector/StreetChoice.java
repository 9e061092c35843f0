package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads an address every way {@link AddressReadings} offers, without its complements and as typed,
 * and keeps the surest street found: the lowest rank, the first reading on a tie. The typo, the one
 * slow reading, is tried only when no other finds anything, in the same order.
 */
final class StreetChoice {

    private StreetChoice() {}

    private static final int TYPO_READINGS = 3;

    /** The reading kept and what it found. */
    record Choice(AddressReadings.Reading reading, StreetSearch.Found found) {}

    private record Attempt(AddressReadings.Reading reading, StreetNames.Street street, List<CommuneEntry> communes) {}

    static @Nullable Choice best(StreetSearch search, List<CommunePlaces.Place> places) {
        for (var place : places) {
            // What is left once the complements are out decides; the parts as typed only if it finds nothing.
            var stripped = AddressParts.withoutComplements(place.parts());
            var choice = surest(search, attempts(stripped, place.communes()), true);
            if (choice == null && !stripped.equals(place.parts())) {
                // Only a street named exactly: "allée du Bâtiment 3", never "bâtiment B" read loosely.
                choice = surest(search, attempts(place.parts(), place.communes()), false);
            }
            if (choice != null) {
                return choice;
            }
        }
        return null;
    }

    /**
     * The surest reading. When the address has a number, a reading without one (a résidence, a
     * part left over) counts only if it names a street exactly, and after those with a number.
     */
    private static @Nullable Choice surest(StreetSearch search, List<Attempt> attempts, boolean loose) {
        boolean numbered = attempts.stream().anyMatch(a -> a.reading().number() != null);
        Choice best = null;
        int bestScore = Integer.MAX_VALUE;
        for (var a : attempts) {
            var found = search.sure(a.street(), a.communes());
            boolean late = numbered && a.reading().number() == null;
            if (!found.any() || (late && found.rank() > 1) || (!loose && found.rank() > 2)) {
                continue;
            }
            int score = 2 * found.rank() + (late ? 3 : 0);
            if (score < bestScore) {
                best = new Choice(a.reading(), found);
                bestScore = score;
            }
        }
        if (best != null || !loose) {
            return best;
        }
        // The typo scans every street of the communes: only the likeliest readings are worth it.
        List<Attempt> ordered = attempts.stream()
                .sorted(Comparator.comparing(a -> a.reading().number() == null))
                .limit(TYPO_READINGS)
                .toList();
        for (var a : ordered) {
            var found = search.typo(a.street(), a.communes());
            if (found.any()) {
                return new Choice(a.reading(), found);
            }
        }
        for (var a : ordered) {
            var found = search.prefix(a.street(), a.communes());
            if (found.any()) {
                return new Choice(a.reading(), found);
            }
        }
        return null;
    }

    /** The number of the surest reading that has one, for a commune that needs no street. */
    static AddressReadings.Reading numbered(List<String> parts) {
        return AddressReadings.of(AddressParts.withoutComplements(parts)).stream()
                .filter(r -> r.number() != null)
                .findFirst()
                .orElse(new AddressReadings.Reading("", null, null));
    }

    private static List<Attempt> attempts(List<String> parts, List<CommuneEntry> communes) {
        List<Attempt> attempts = new ArrayList<>();
        Set<AddressReadings.Reading> readings = new LinkedHashSet<>(AddressReadings.of(parts));
        for (var reading : readings) {
            if (StreetVocabulary.TYPES.containsKey(reading.street())) {
                continue; // a type alone ("rue") names no street
            }
            for (var street : StreetNames.readings(reading.street())) {
                if (!street.name().isEmpty()) {
                    attempts.add(new Attempt(reading, street, communes));
                }
            }
        }
        return attempts;
    }
}
