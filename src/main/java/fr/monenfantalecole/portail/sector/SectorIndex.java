package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The sector rules of every commune, arranged for lookups: streets by normalised name, the
 * single-sector communes, the postcodes. Immutable; rebuilt when rules change.
 */
public final class SectorIndex {

    private static final Pattern POSTCODE = Pattern.compile("\\b(\\d{5})\\b");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4})\\s*(BIS|TER|QUATER|QUINQUIES|[A-E])?(?=\\s|$)");

    /** A school found, and the rule that sends the address there. */
    public record Match(String niveau, String uai, String regle) {}

    /**
     * The answer: the normalised address, the schools (empty when no rule applies), street
     * suggestions when the street is unsure, and a sentence for parents.
     */
    public record Answer(
            @Nullable String adresseNormalisee, List<Match> resultats, List<String> suggestions, String message) {}

    private final Map<String, CommuneEntry> communes = new HashMap<>();
    private final StreetSearch search;

    public SectorIndex(List<SectorRule> rules) {
        Map<String, List<SectorRule>> byCommune = new LinkedHashMap<>();
        rules.forEach(r ->
                byCommune.computeIfAbsent(r.codeInsee(), k -> new ArrayList<>()).add(r));
        byCommune.forEach((insee, list) -> communes.put(insee, CommuneEntry.of(insee, list)));
        this.search = new StreetSearch(communes);
    }

    public int communes() {
        return communes.size();
    }

    /** Street names of the territory starting like what is typed, for the suggestion list. */
    public List<String> streets(String typed, Predicate<String> inTerritory, int limit) {
        var parsed = StreetNames.parse(typed.replaceFirst("^\\s*\\d+\\s*(bis|ter|[a-eA-E])?\\s+", ""));
        if (parsed.name().length() < 2) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (var c : territory(inTerritory)) {
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
        String text = StreetNames.fold(address);
        // "…, France" after the address, not "rue Marie de France".
        if (text.endsWith(" FRANCE")
                && (address.matches("(?s).*,\\s*[Ff][Rr][Aa][Nn][Cc][Ee]\\s*$") || text.matches(".*\\d{5} FRANCE$"))) {
            text = text.substring(0, text.length() - " FRANCE".length()).strip();
        }
        String postcode = null;
        var pc = POSTCODE.matcher(text);
        if (pc.find()) {
            postcode = pc.group(1);
            text = (text.substring(0, pc.start()) + " " + text.substring(pc.end()))
                    .replaceAll("\\s+", " ")
                    .strip();
        }
        Integer number = null;
        String index = null;
        var nm = NUMBER.matcher(text);
        if (nm.find()) {
            number = Integer.parseInt(nm.group(1));
            index = nm.group(2);
            text = text.substring(nm.end()).strip();
        }
        List<CommuneEntry> candidates = territory(inTerritory);
        CommuneEntry named = null;
        String normalisedText = (" " + text + " ").replace(" SAINTE ", " STE ").replace(" SAINT ", " ST ");
        for (var c : candidates) {
            if (normalisedText.contains(" " + c.folded() + " ")
                    && (named == null || c.folded().length() > named.folded().length())) {
                named = c;
            }
        }
        if (named != null) {
            int at = normalisedText.lastIndexOf(" " + named.folded() + " ");
            normalisedText = normalisedText.substring(0, at) + " "
                    + normalisedText.substring(at + named.folded().length() + 1);
            text = normalisedText
                    .replace(" STE ", " SAINTE ")
                    .replace(" ST ", " SAINT ")
                    .replaceAll("\\s+", " ")
                    .strip();
            candidates = List.of(named);
        } else if (postcode != null) {
            String code = postcode;
            var withCode = candidates.stream()
                    .filter(c -> c.postcodes().contains(code))
                    .toList();
            if (!withCode.isEmpty()) {
                candidates = withCode;
            }
        }
        if (candidates.isEmpty()) {
            return new Answer(
                    null, List.of(), List.of(), "Cette adresse n'est pas sur le territoire couvert par ce portail.");
        }
        List<String> levels = niveau == null ? SectorCsv.NIVEAUX : List.of(niveau);
        // A single-sector commune answers without a street.
        if (candidates.size() == 1 && !candidates.getFirst().single().isEmpty() && text.isBlank()) {
            var c = candidates.getFirst();
            return answer(c.name(), null, null, postcode, c, SectorMatching.matchesFor(c, null, number, index, levels));
        }
        if (text.isBlank()) {
            return new Answer(null, List.of(), List.of(), "Indiquez le nom de la rue (et le numéro).");
        }
        var street = StreetNames.parse(text);
        var found = search.find(street, candidates);
        if (found.entry() == null) {
            // Single-sector commune: the street need not be known.
            if (candidates.size() == 1 && !candidates.getFirst().single().isEmpty()) {
                var c = candidates.getFirst();
                return answer(
                        c.name(), null, null, postcode, c, SectorMatching.matchesFor(c, null, number, index, levels));
            }
            String message = found.suggestions().isEmpty()
                    ? "Nous ne trouvons pas cette rue dans la carte scolaire. Vérifiez son nom, ou contactez la mairie."
                    : "Plusieurs rues ressemblent à ce que vous avez écrit : choisissez la vôtre.";
            return new Answer(null, List.of(), found.suggestions(), message);
        }
        var entry = found.entry();
        var commune = Objects.requireNonNull(communes.get(entry.insee()), "a street belongs to an indexed commune");
        var matches = SectorMatching.matchesFor(commune, entry, number, index, levels);
        return answer(StreetLabels.label(entry.label()), number, index, postcode, commune, matches);
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

    private List<CommuneEntry> territory(Predicate<String> inTerritory) {
        return communes.values().stream()
                .filter(c -> inTerritory.test(c.insee()))
                .toList();
    }
}
