package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The sector rules of every commune, arranged for lookups: streets by normalised name, the
 * single-sector communes, the postcodes. Immutable; a change gives a new index sharing the entries of
 * the communes it leaves alone.
 */
public final class SectorIndex {

    private static final Pattern POSTCODE = Pattern.compile("\\b(\\d{5})\\b");

    /** A school found, and the rule that sends the address there. */
    public record Match(String niveau, String uai, String regle) {}

    /**
     * The answer: the normalised address, the schools (empty when no rule applies), street
     * suggestions when the street is unsure, and a sentence for parents.
     */
    public record Answer(
            @Nullable String adresseNormalisee, List<Match> resultats, List<String> suggestions, String message) {}

    private final Map<String, CommuneEntry> communes;
    // Each commune's rank in the iteration of communes: a territory listed by its codes keeps the
    // order a scan of the whole index gives (which ties in a lookup depend on), without the scan.
    private final Map<String, Integer> ranks = new HashMap<>();
    private final StreetSearch search;

    public SectorIndex(List<SectorRule> rules) {
        this(entries(new HashMap<>(), rules));
    }

    private SectorIndex(Map<String, CommuneEntry> communes) {
        this.communes = communes;
        communes.keySet().forEach(insee -> ranks.put(insee, ranks.size()));
        this.search = new StreetSearch(communes);
    }

    private static Map<String, CommuneEntry> entries(Map<String, CommuneEntry> communes, List<SectorRule> rules) {
        Map<String, List<SectorRule>> byCommune = new LinkedHashMap<>();
        rules.forEach(r ->
                byCommune.computeIfAbsent(r.codeInsee(), k -> new ArrayList<>()).add(r));
        byCommune.forEach((insee, list) -> communes.put(insee, CommuneEntry.of(insee, list)));
        return communes;
    }

    /**
     * This index with the given communes' entries rebuilt from their rules (all of them, whoever
     * imported them): a commune left without rules goes. The other communes' entries are shared, so
     * a change of one collectivité's rules costs its communes, not the country's.
     */
    public SectorIndex replacing(Set<String> codesInsee, List<SectorRule> rulesOfThose) {
        Map<String, CommuneEntry> next = new HashMap<>(communes);
        codesInsee.forEach(next::remove);
        return new SectorIndex(entries(next, rulesOfThose));
    }

    public int communes() {
        return communes.size();
    }

    /** Street names of the territory starting like what is typed, for the suggestion list. */
    public List<String> streets(String typed, Predicate<String> inTerritory, int limit) {
        return streets(typed, territory(inTerritory), limit);
    }

    List<String> streets(String typed, List<CommuneEntry> territory, int limit) {
        var parsed = StreetNames.parse(typed.replaceFirst("^\\s*\\d+\\s*(bis|ter|[a-eA-E])?\\s+", ""));
        if (parsed.name().length() < 2) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (var c : territory) {
            for (var e : c.streets().values()) {
                if (e.street().name().startsWith(parsed.name())
                        || e.street().name().contains(" " + parsed.name())) {
                    found.add(StreetLabels.label(e.label()) + ", " + c.name());
                }
            }
        }
        return found.stream().sorted().limit(limit).toList();
    }

    public Answer lookup(String address, @Nullable String niveau, Predicate<String> inTerritory) {
        return lookup(address, niveau, territory(inTerritory));
    }

    Answer lookup(String address, @Nullable String niveau, List<CommuneEntry> territory) {
        List<String> parts = new ArrayList<>(AddressParts.typed(address));
        // "…, France" after the address, not "rue Marie de France".
        if (!parts.isEmpty() && parts.getLast().equals("FRANCE")) {
            parts.removeLast();
        } else if (!parts.isEmpty() && parts.getLast().matches(".*\\d{5} FRANCE")) {
            parts.set(
                    parts.size() - 1,
                    parts.getLast().substring(0, parts.getLast().length() - 7));
        }
        String postcode = null;
        for (int i = 0; i < parts.size() && postcode == null; i++) {
            var pc = POSTCODE.matcher(parts.get(i));
            if (pc.find()) {
                postcode = pc.group(1);
                parts.set(
                        i,
                        (parts.get(i).substring(0, pc.start()) + " "
                                        + parts.get(i).substring(pc.end()))
                                .strip());
            }
        }
        var places = CommunePlaces.of(parts, postcode, territory);
        if (places.isEmpty()) {
            return new Answer(
                    null, List.of(), List.of(), "Cette adresse n'est pas sur le territoire couvert par ce portail.");
        }
        List<String> levels = niveau == null ? SectorCsv.NIVEAUX : List.of(niveau);
        var first = places.getFirst();
        var candidates = first.communes();
        var single = candidates.size() == 1 && !candidates.getFirst().single().isEmpty() ? candidates.getFirst() : null;
        var best = StreetChoice.best(search, places);
        if (best == null) {
            // A single-sector commune answers without a street, or for a street it does not list.
            if (single != null) {
                var reading = StreetChoice.numbered(first.parts());
                return answer(
                        single.name(),
                        null,
                        null,
                        postcode,
                        single,
                        SectorMatching.matchesFor(single, null, reading.number(), reading.index(), levels));
            }
            if (first.parts().isEmpty()) {
                return new Answer(null, List.of(), List.of(), "Indiquez le nom de la rue (et le numéro).");
            }
            return new Answer(
                    null,
                    List.of(),
                    List.of(),
                    "Nous ne trouvons pas cette rue dans la carte scolaire. Vérifiez son nom, ou contactez la mairie.");
        }
        var entry = best.found().entry();
        if (entry == null) {
            return new Answer(
                    null,
                    List.of(),
                    best.found().suggestions(),
                    "Plusieurs rues ressemblent à ce que vous avez écrit : choisissez la vôtre.");
        }
        var commune = Objects.requireNonNull(communes.get(entry.insee()), "a street belongs to an indexed commune");
        var reading = best.reading();
        var matches = SectorMatching.matchesFor(commune, entry, reading.number(), reading.index(), levels);
        return answer(StreetLabels.label(entry.label()), reading.number(), reading.index(), postcode, commune, matches);
    }

    private Answer answer(
            String streetLabel,
            @Nullable Integer number,
            @Nullable String index,
            @Nullable String typedPostcode,
            CommuneEntry commune,
            SectorMatching.Result result) {
        String postcode =
                commune.postcodes().size() == 1 ? commune.postcodes().iterator().next() : typedPostcode;
        String address = (number == null ? "" : number + (index == null ? "" : " " + index.toLowerCase()) + " ")
                + (streetLabel.equals(commune.name()) ? "" : streetLabel + ", ")
                + (postcode == null ? "" : postcode + " ")
                + commune.name();
        return new Answer(address, result.matches(), List.of(), result.message());
    }

    /** The communes of these codes that have rules, as {@link #territory(Predicate)} lists them. */
    List<CommuneEntry> communes(Collection<String> codesInsee) {
        return codesInsee.stream()
                .distinct()
                .filter(communes::containsKey)
                .sorted(Comparator.comparingInt(insee -> Objects.requireNonNull(ranks.get(insee))))
                .map(insee -> Objects.requireNonNull(communes.get(insee)))
                .toList();
    }

    /** The communes of a territory, in the index's order (which ties in a lookup depend on). */
    List<CommuneEntry> territory(Predicate<String> inTerritory) {
        return communes.values().stream()
                .filter(c -> inTerritory.test(c.insee()))
                .toList();
    }
}
