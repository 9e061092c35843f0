package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A commune of the index: its name, the places inside it that addresses may name (the lieu-dit
 * column: former communes such as Saint-Pierre-de-Plesguen), postcodes, streets by key, by name and
 * by word of their name, and single-sector rules.
 */
record CommuneEntry(
        String insee,
        String name,
        String folded,
        Set<String> places,
        Set<String> postcodes,
        Map<String, StreetEntry> streets,
        Map<String, List<StreetEntry>> byName,
        Map<String, List<StreetEntry>> byWord,
        List<SectorRule> single) {

    /** The commune of these rules (all with its INSEE code), its streets gathered by parsed name. */
    static CommuneEntry of(String insee, List<SectorRule> list) {
        Map<String, StreetEntry> streets = new LinkedHashMap<>();
        Map<String, List<StreetEntry>> byName = new HashMap<>();
        List<SectorRule> single = new ArrayList<>();
        Set<String> postcodes = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (var r : list) {
            if (r.lieuDit() != null && !r.lieuDit().isBlank()) {
                places.add(saints(StreetNames.fold(r.lieuDit())));
            }
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
        Map<String, List<StreetEntry>> byWord = new HashMap<>();
        for (var e : streets.values()) {
            byName.computeIfAbsent(e.street().name(), k -> new ArrayList<>()).add(e);
            for (String word : new LinkedHashSet<>(List.of(e.street().name().split(" ")))) {
                byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(e);
            }
        }
        String name = list.getFirst().commune();
        return new CommuneEntry(
                insee, name, saints(StreetNames.fold(name)), places, postcodes, streets, byName, byWord, single);
    }

    /** "SAINT MALO" and "ST MALO" written alike, to find a commune named in an address. */
    static String saints(String folded) {
        return (" " + folded + " ")
                .replace(" SAINTE ", " STE ")
                .replace(" SAINT ", " ST ")
                .strip();
    }
}
