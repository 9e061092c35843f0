package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.sector.SectorCsv;
import fr.monenfantalecole.portail.sector.SectorIndex;
import fr.monenfantalecole.portail.sector.SectorRule;
import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Carte scolaire accuracy on a development set built from the official collèges file: for streets
 * of Rennes, Saint-Malo, Vitré and Fougères, a number inside a rule, written the ways parents write
 * (abbreviations, no accents, lower case, postcode and commune, a typo). The answer is right when
 * it gives exactly the set of collèges of the rules covering that number. Run with
 * bench/run.sh sector; "-v" prints the misses.
 */
public final class SectorQuality {

    record Case(String address, Set<String> expected, String insee) {}

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        var rules = rules();
        var index = new SectorIndex(rules);
        var cases = cases(rules, 2000, 42);
        int right = 0;
        var byKind = new java.util.TreeMap<String, int[]>();
        for (var c : cases) {
            Predicate<String> territory = insee -> insee.equals(c.insee());
            var answer = index.lookup(c.address(), "college", territory);
            Set<String> got = answer.resultats().stream()
                    .map(SectorIndex.Match::uai)
                    .collect(Collectors.toCollection(TreeSet::new));
            boolean ok = got.equals(c.expected());
            if (ok) {
                right++;
            } else if (verbose) {
                System.out.printf(
                        "MISS %-60s expected %s got %s %s%n", c.address(), c.expected(), got, answer.suggestions());
            }
        }
        System.out.printf(Locale.ROOT, "addresses=%d right set=%.4f%n", cases.size(), (double) right / cases.size());
    }

    static List<SectorRule> rules() throws IOException {
        var parsed = SectorCsv.parse(
                Files.readAllBytes(BenchCorpus.RESOURCES.resolve("opendata/fr-en-carte-scolaire-colleges-publics.csv")),
                "college");
        return parsed.rules();
    }

    static final Set<String> COMMUNES = Set.of("35238", "35288", "35360", "35115");

    static List<Case> cases(List<SectorRule> rules, int count, long seed) {
        var random = new Random(seed);
        var streetRules = rules.stream()
                .filter(r ->
                        !r.secteurUnique() && COMMUNES.contains(r.codeInsee()) && r.voie() != null && r.debut() != null)
                .toList();
        List<Case> cases = new ArrayList<>();
        while (cases.size() < count) {
            var r = streetRules.get(random.nextInt(streetRules.size()));
            int hi = Math.min(r.fin(), r.debut() + 80);
            int n = r.debut() + random.nextInt(Math.max(1, hi - r.debut() + 1));
            if ("P".equals(r.parite()) && n % 2 == 1) {
                n = n + 1 <= r.fin() ? n + 1 : n - 1;
            }
            if ("I".equals(r.parite()) && n % 2 == 0) {
                n = n + 1 <= r.fin() ? n + 1 : n - 1;
            }
            int number = Math.max(n, 1);
            var expected = rules.stream()
                    .filter(o ->
                            o.codeInsee().equals(r.codeInsee()) && r.voie().equals(o.voie()) && o.covers(number, null))
                    .map(SectorRule::uai)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (expected.isEmpty()) {
                continue;
            }
            cases.add(new Case(write(number, r.voie(), r, random), expected, r.codeInsee()));
        }
        return cases;
    }

    /** The street written as a parent might: several styles drawn at random. */
    static String write(int number, String voie, SectorRule r, Random random) {
        String street = voie.toLowerCase(Locale.FRANCE);
        switch (random.nextInt(6)) {
            case 0 ->
                street = street.replaceFirst("^rue ", "r ")
                        .replaceFirst("^boulevard ", "bd ")
                        .replaceFirst("^avenue ", "av ")
                        .replaceFirst("^place ", "pl ")
                        .replaceFirst("^allee ", "all ")
                        .replaceFirst("^impasse ", "imp ")
                        .replaceFirst("^chemin ", "ch ")
                        .replaceFirst("^square ", "sq ");
            case 1 -> street = Character.toUpperCase(street.charAt(0)) + street.substring(1);
            case 2 ->
                street = street.replace(" de la ", " de la ").replace(" ", "-").replaceFirst("-", " ");
            case 3 -> street = street.replace("saint ", "st ");
            case 4 -> street = typo(street, random);
            default -> {}
        }
        String place = switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> " " + (r.codePostal() == null ? "" : r.codePostal());
            case 2 -> " " + r.commune();
            default ->
                ", " + (r.codePostal() == null ? "" : r.codePostal() + " ")
                        + r.commune().toUpperCase(Locale.FRANCE);
        };
        String numberText = random.nextInt(5) == 0 ? number + " bis" : String.valueOf(number);
        return numberText + " " + street + place;
    }

    private static String typo(String street, Random random) {
        String[] words = street.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String w = words[longest];
        if (w.length() < 6) {
            return street;
        }
        int at = 1 + random.nextInt(w.length() - 2);
        words[longest] = w.substring(0, at) + w.substring(at + 1);
        return String.join(" ", words);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
