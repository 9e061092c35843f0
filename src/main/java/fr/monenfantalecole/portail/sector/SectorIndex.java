package fr.monenfantalecole.portail.sector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** A street of a commune with its rules. */
    record StreetEntry(String insee, String label, StreetNames.Street street, List<SectorRule> rules) {}

    /** A commune: its name, postcodes, streets and single-sector rules. */
    record CommuneEntry(
            String insee,
            String name,
            String folded,
            Set<String> postcodes,
            Map<String, StreetEntry> streets,
            Map<String, List<StreetEntry>> byName,
            List<SectorRule> single) {}

    /** A school found, and the rule that sends the address there. */
    public record Match(String niveau, String uai, String regle) {}

    /**
     * The answer: the normalised address, the schools (empty when no rule applies), street
     * suggestions when the street is unsure, and a sentence for parents.
     */
    public record Answer(
            @Nullable String adresseNormalisee, List<Match> resultats, List<String> suggestions, String message) {}

    private final Map<String, CommuneEntry> communes = new HashMap<>();

    public SectorIndex(List<SectorRule> rules) {
        Map<String, List<SectorRule>> byCommune = new LinkedHashMap<>();
        rules.forEach(r ->
                byCommune.computeIfAbsent(r.codeInsee(), k -> new ArrayList<>()).add(r));
        byCommune.forEach((insee, list) -> {
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
                String raw = r.voie() != null && !r.voie().isBlank() ? r.voie() : r.lieuDit();
                var street = StreetNames.parse(raw == null ? "" : raw);
                var entry = streets.computeIfAbsent(
                        street.key(), k -> new StreetEntry(insee, raw, street, new ArrayList<>()));
                entry.rules().add(r);
            }
            streets.values()
                    .forEach(e -> byName.computeIfAbsent(e.street().name(), k -> new ArrayList<>())
                            .add(e));
            String name = list.getFirst().commune();
            communes.put(
                    insee,
                    new CommuneEntry(
                            insee,
                            name,
                            StreetNames.fold(name).replace("SAINTE ", "STE ").replace("SAINT ", "ST "),
                            postcodes,
                            streets,
                            byName,
                            single));
        });
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
            return answer(c.name(), null, null, postcode, c, matchesFor(c, null, number, index, levels));
        }
        if (text.isBlank()) {
            return new Answer(null, List.of(), List.of(), "Indiquez le nom de la rue (et le numéro).");
        }
        var street = StreetNames.parse(text);
        var found = findStreet(street, candidates);
        if (found.entry() == null) {
            // Single-sector commune: the street need not be known.
            if (candidates.size() == 1 && !candidates.getFirst().single().isEmpty()) {
                var c = candidates.getFirst();
                return answer(c.name(), null, null, postcode, c, matchesFor(c, null, number, index, levels));
            }
            String message = found.suggestions().isEmpty()
                    ? "Nous ne trouvons pas cette rue dans la carte scolaire. Vérifiez son nom, ou contactez la mairie."
                    : "Plusieurs rues ressemblent à ce que vous avez écrit : choisissez la vôtre.";
            return new Answer(null, List.of(), found.suggestions(), message);
        }
        var entry = found.entry();
        var commune = communes.get(entry.insee());
        var matches = matchesFor(commune, entry, number, index, levels);
        return answer(StreetLabels.label(entry.label()), number, index, postcode, commune, matches);
    }

    private Answer answer(
            String streetLabel,
            @Nullable Integer number,
            @Nullable String index,
            @Nullable String typedPostcode,
            CommuneEntry commune,
            Result result) {
        String postcode =
                commune.postcodes().size() == 1 ? commune.postcodes().iterator().next() : typedPostcode;
        String address = (number == null ? "" : number + (index == null ? "" : " " + index.toLowerCase()) + " ")
                + (streetLabel.equals(commune.name()) ? "" : streetLabel + ", ")
                + (postcode == null ? "" : postcode + " ")
                + commune.name();
        return new Answer(address, result.matches(), List.of(), result.message());
    }

    private record Result(List<Match> matches, String message) {}

    private Result matchesFor(
            CommuneEntry commune,
            @Nullable StreetEntry entry,
            @Nullable Integer number,
            @Nullable String index,
            List<String> levels) {
        List<Match> matches = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean needNumber = false;
        for (String level : levels) {
            var single = commune.single().stream()
                    .filter(r -> r.niveau().equals(level))
                    .toList();
            if (!single.isEmpty()) {
                single.forEach(r -> matches.add(new Match(level, r.uai(), r.describe())));
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
                        .allMatch(r ->
                                r.debut() == null || (r.debut() <= 2 && r.fin() >= 9999 && "PI".equals(r.parite())));
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
                    .forEach(r -> matches.add(new Match(level, r.uai(), r.describe())));
        }
        String message;
        if (needNumber && matches.isEmpty()) {
            message = "Dans cette rue, l'école dépend du numéro : indiquez-le.";
        } else if (matches.isEmpty()) {
            message =
                    "Aucune règle de la carte scolaire ne couvre cette adresse. Contactez la mairie, qui vous indiquera l'école.";
        } else if (matches.stream().map(Match::niveau).distinct().count() < matches.size()) {
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

    private record Found(@Nullable StreetEntry entry, List<String> suggestions) {}

    private Found findStreet(StreetNames.Street street, List<CommuneEntry> candidates) {
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
                        + communes.get(e.insee()).name())
                .distinct()
                .toList();
    }

    private List<CommuneEntry> territory(Predicate<String> inTerritory) {
        return communes.values().stream()
                .filter(c -> inTerritory.test(c.insee()))
                .toList();
    }
}
