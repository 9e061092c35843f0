package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which communes an address may be in, and its parts once the commune is taken out. A commune (or
 * a place inside it, such as a former commune) named in the address decides; failing that, the
 * postcode; failing that, the whole territory. A commune's name can also be part of a street ("12
 * rue de Rennes, 35400"): the parts as typed, with the communes of the postcode, are a second
 * reading.
 */
final class CommunePlaces {

    private CommunePlaces() {}

    /** The parts of the address left to read as a street, and the communes to look in. */
    record Place(List<String> parts, List<CommuneEntry> communes) {}

    static List<Place> of(List<String> parts, @Nullable String postcode, List<CommuneEntry> territory) {
        if (territory.isEmpty()) {
            return List.of();
        }
        String joined = CommuneEntry.saints(String.join(" , ", parts));
        String text = " " + joined + " ";
        CommuneEntry named = null;
        String namedAs = "";
        for (var c : territory) {
            for (String name : names(c)) {
                if (name.length() > namedAs.length() && text.contains(" " + name + " ")) {
                    named = c;
                    namedAs = name;
                }
            }
        }
        List<CommuneEntry> byPostcode = territory;
        if (postcode != null) {
            var withCode = territory.stream()
                    .filter(c -> c.postcodes().contains(postcode))
                    .toList();
            byPostcode = withCode.isEmpty() ? territory : withCode;
        }
        if (named == null) {
            return List.of(new Place(parts, byPostcode));
        }
        int at = text.lastIndexOf(" " + namedAs + " ");
        String rest = text.substring(0, at) + " " + text.substring(at + namedAs.length() + 1);
        List<String> left = new ArrayList<>();
        for (String part : rest.split(" , |^, | ,$")) {
            if (!part.isBlank()) {
                left.add(part.strip().replaceAll("\\s+", " "));
            }
        }
        var alone = new Place(left, List.of(named));
        String as = namedAs;
        // Named on its own ("…, 35000 Rennes"): it is no part of a street.
        return parts.stream().anyMatch(p -> CommuneEntry.saints(p).equals(as))
                ? List.of(alone)
                : List.of(alone, new Place(parts, byPostcode));
    }

    private static List<String> names(CommuneEntry c) {
        List<String> names = new ArrayList<>(c.places());
        names.add(c.folded());
        return names;
    }
}
