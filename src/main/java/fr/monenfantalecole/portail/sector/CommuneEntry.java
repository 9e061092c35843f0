package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A commune of the index: its name, postcodes, streets and single-sector rules. */
record CommuneEntry(
        String insee,
        String name,
        String folded,
        Set<String> postcodes,
        Map<String, StreetEntry> streets,
        Map<String, List<StreetEntry>> byName,
        List<SectorRule> single) {

    /** The commune of these rules (all with its INSEE code), its streets gathered by parsed name. */
    static CommuneEntry of(String insee, List<SectorRule> list) {
        Map<String, StreetEntry> streets = new LinkedHashMap<>();
        Map<String, List<StreetEntry>> byName = new HashMap<>();
        List<SectorRule> single = new ArrayList<>();
        Set<String> postcodes = new LinkedHashSet<>();
        for (var r : list) {
            if (r.codePostal() != null) {
                postcodes.add(r.codePostal());
            }
            if (r.secteurUnique()) {
                single.add(r);
                continue;
            }
            String voie = r.voie();
            String lieuDit = r.lieuDit();
            String raw = voie != null && !voie.isBlank() ? voie : lieuDit == null ? "" : lieuDit;
            var street = StreetNames.parse(raw);
            var entry =
                    streets.computeIfAbsent(street.key(), k -> new StreetEntry(insee, raw, street, new ArrayList<>()));
            entry.rules().add(r);
        }
        streets.values()
                .forEach(e -> byName.computeIfAbsent(e.street().name(), k -> new ArrayList<>())
                        .add(e));
        String name = list.getFirst().commune();
        return new CommuneEntry(
                insee,
                name,
                StreetNames.fold(name).replace("SAINTE ", "STE ").replace("SAINT ", "ST "),
                postcodes,
                streets,
                byName,
                single);
    }
}
