package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.sector.SectorRule;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Addresses as parents type them, drawn from the real streets of the official collèges file: a
 * seeded mutation generator. Each case takes one street rule of a commune with street rules, a
 * number inside it, and writes the address in one of the kinds below; the expected answer is the
 * set of collèges whose rules cover that number. Tune on one seed, report on another.
 *
 * <p>The generator draws its complements, names and typos from open lists and random edits, not
 * from the failures seen: the words of a complement (a flat, a building, a résidence named after a
 * street of another commune, a person), the edit applied to a street type (a letter dropped,
 * doubled, swapped or replaced by a neighbour on an AZERTY keyboard, a plural), the abbreviations
 * of the NF Z 10-011 postal standard.
 */
final class AddressSet {

    enum Kind {
        /** The ways the first development set wrote: abbreviated type, case, hyphens, "st", a typo in the name. */
        USUAL,
        /** A flat, a building, a floor, a résidence, "chez", before or after the street, with or without commas. */
        COMPLEMENT,
        /** The number after the street name: "rue de la Forêt 12", "…, 12 bis", "… n° 12". */
        NUMBER_AFTER,
        /** The street type abbreviated or misspelt: "boulvard", "ru", "alle", "rues", "av", "imp", "che". */
        TYPE_TYPO,
        /** A lieu-dit, written with "lieu-dit", "ld", and the commune déléguée it belongs to. */
        LIEU_DIT,
        /** Two or three of the above in one address. */
        MIXED
    }

    record Case(Kind kind, String address, Set<String> expected, String insee) {}

    /** Communes with street rules in the official file. */
    static final Set<String> COMMUNES = Set.of("35238", "35288", "35360", "35115", "35308", "35343");

    private static final List<String> PEOPLE = List.of(
            "Martin", "Bernard", "Le Gall", "Dubois", "Le Goff", "Moreau", "Guillou", "Lefèvre", "Petit", "Rolland",
            "Hamon", "Le Roux", "Garcia", "Nguyen", "Benali", "Jégou", "Tanguy", "Morvan", "Simon", "Lucas");

    private static final List<String> TITLES = List.of("", "M. ", "Mme ", "M. et Mme ", "famille ", "Madame ");

    /** The postal standard's abbreviations, and a few more seen on forms. */
    private static final Map<String, List<String>> ABBREVIATIONS = Map.ofEntries(
            Map.entry("RUE", List.of("r", "r.", "ru")),
            Map.entry("BOULEVARD", List.of("bd", "bld", "bvd", "boul", "boulv")),
            Map.entry("AVENUE", List.of("av", "av.", "ave", "aven")),
            Map.entry("ALLEE", List.of("all", "al", "all.")),
            Map.entry("IMPASSE", List.of("imp", "imp.", "impas")),
            Map.entry("CHEMIN", List.of("ch", "che", "chem", "chm")),
            Map.entry("PLACE", List.of("pl", "pl.", "plc")),
            Map.entry("SQUARE", List.of("sq", "sq.", "squ")),
            Map.entry("ROUTE", List.of("rte", "rt")),
            Map.entry("QUAI", List.of("qu", "qai")),
            Map.entry("PASSAGE", List.of("pas", "pass", "psg")),
            Map.entry("RUELLE", List.of("rle", "ruel")),
            Map.entry("COURS", List.of("crs")),
            Map.entry("RESIDENCE", List.of("res", "rés", "resid")),
            Map.entry("ESPLANADE", List.of("esp", "espl")),
            Map.entry("PROMENADE", List.of("prom", "prm")),
            Map.entry("LOTISSEMENT", List.of("lot", "lotis")),
            Map.entry("CARREFOUR", List.of("car", "carr")),
            Map.entry("HAMEAU", List.of("ham", "hm")));

    private static final Map<Character, String> AZERTY = Map.ofEntries(
            Map.entry('a', "zq"),
            Map.entry('z', "aes"),
            Map.entry('e', "zrd"),
            Map.entry('r', "etf"),
            Map.entry('t', "ryg"),
            Map.entry('y', "tuh"),
            Map.entry('u', "yij"),
            Map.entry('i', "uok"),
            Map.entry('o', "ipl"),
            Map.entry('p', "om"),
            Map.entry('q', "asw"),
            Map.entry('s', "qdz"),
            Map.entry('d', "sfe"),
            Map.entry('f', "dgr"),
            Map.entry('g', "fht"),
            Map.entry('h', "gjy"),
            Map.entry('j', "hku"),
            Map.entry('k', "jli"),
            Map.entry('l', "kmo"),
            Map.entry('m', "lp"),
            Map.entry('w', "xq"),
            Map.entry('x', "wc"),
            Map.entry('c', "xv"),
            Map.entry('v', "cb"),
            Map.entry('b', "vn"),
            Map.entry('n', "b"));

    private final List<SectorRule> rules;
    private final List<SectorRule> streetRules;
    private final List<String> residences;
    private final Random random;

    private AddressSet(List<SectorRule> rules, long seed) {
        this.rules = rules;
        this.random = new Random(seed);
        this.streetRules = rules.stream()
                .filter(r -> !r.secteurUnique()
                        && COMMUNES.contains(r.codeInsee())
                        && r.voie() != null
                        && !r.voie().isBlank()
                        && r.debut() != null
                        && r.fin() != null)
                .toList();
        // Résidences are named like streets: the names of streets elsewhere in the département.
        this.residences = rules.stream()
                .filter(r -> !COMMUNES.contains(r.codeInsee()) || r.codeInsee().equals("35288"))
                .map(SectorRule::voie)
                .filter(v -> v != null && v.split(" ").length >= 3)
                .map(v -> v.substring(v.indexOf(' ') + 1).toLowerCase(Locale.FRANCE))
                .distinct()
                .sorted()
                .toList();
    }

    /** perKind cases of each kind, drawn with this seed. */
    static List<Case> draw(List<SectorRule> rules, int perKind, long seed) {
        var set = new AddressSet(rules, seed);
        List<Case> cases = new ArrayList<>();
        for (var kind : Kind.values()) {
            int made = 0;
            while (made < perKind) {
                var c = set.one(kind);
                if (c != null) {
                    cases.add(c);
                    made++;
                }
            }
        }
        return cases;
    }

    static Map<Kind, int[]> tally() {
        var map = new EnumMap<Kind, int[]>(Kind.class);
        for (var k : Kind.values()) {
            map.put(k, new int[5]);
        }
        return map;
    }

    private Case one(Kind kind) {
        var r = kind == Kind.LIEU_DIT ? lieuDitRule() : streetRules.get(random.nextInt(streetRules.size()));
        int number = numberIn(r);
        String index = random.nextInt(6) == 0 ? "bis" : null;
        var expected = rules.stream()
                .filter(o ->
                        o.codeInsee().equals(r.codeInsee()) && r.voie().equals(o.voie()) && o.covers(number, index))
                .map(SectorRule::uai)
                .collect(Collectors.toCollection(TreeSet::new));
        if (expected.isEmpty()) {
            return null;
        }
        String num = number + (index == null ? "" : random.nextBoolean() ? " bis" : "bis");
        String address = switch (kind) {
            case USUAL -> num + " " + usual(r.voie()) + place(r);
            case COMPLEMENT -> complemented(num + " " + plain(r.voie()), r);
            case NUMBER_AFTER -> numberAfter(plain(r.voie()), num) + place(r);
            case TYPE_TYPO -> num + " " + typeTypo(plain(r.voie())) + place(r);
            case LIEU_DIT -> lieuDit(r, num);
            case MIXED -> mixed(r, num);
        };
        return new Case(kind, address, expected, r.codeInsee());
    }

    private SectorRule lieuDitRule() {
        while (true) {
            var r = streetRules.get(random.nextInt(streetRules.size()));
            String first = r.voie().split(" ")[0];
            if (r.lieuDit() != null || Set.of("LA", "LE", "LES", "L", "LIEU").contains(first)) {
                return r;
            }
        }
    }

    private int numberIn(SectorRule r) {
        int hi = Math.min(r.fin(), r.debut() + 80);
        int n = r.debut() + random.nextInt(Math.max(1, hi - r.debut() + 1));
        if ("P".equals(r.parite()) && n % 2 == 1) {
            n = n + 1 <= r.fin() ? n + 1 : n - 1;
        }
        if ("I".equals(r.parite()) && n % 2 == 0) {
            n = n + 1 <= r.fin() ? n + 1 : n - 1;
        }
        return Math.max(n, 1);
    }

    /** The street as a person writes it: lower case or capitalised, accents as in the file (none). */
    private String plain(String voie) {
        String s = voie.toLowerCase(Locale.FRANCE);
        return random.nextBoolean() ? capitalise(s) : s;
    }

    private String usual(String voie) {
        String street = voie.toLowerCase(Locale.FRANCE);
        return switch (random.nextInt(5)) {
            case 0 -> abbreviateType(street);
            case 1 -> capitalise(street);
            case 2 -> street.replace(" ", "-").replaceFirst("-", " ");
            case 3 -> street.replace("saint ", "st ");
            default -> nameTypo(street);
        };
    }

    private String complemented(String address, SectorRule r) {
        String c = complement();
        String sep = random.nextBoolean() ? ", " : " ";
        String withComplement = random.nextBoolean() ? c + sep + address : address + sep + c;
        if (random.nextInt(3) == 0) {
            // A second complement: "Bât B, appt 12, 5 rue …".
            withComplement = complement() + ", " + withComplement;
        }
        return withComplement + place(r);
    }

    private String complement() {
        int n = 1 + random.nextInt(random.nextBoolean() ? 9 : 120);
        String letter = String.valueOf((char) ('A' + random.nextInt(6)));
        String person = TITLES.get(random.nextInt(TITLES.size())) + pick(PEOPLE);
        String residence = pick(residences);
        return switch (random.nextInt(17)) {
            case 0 -> "appt " + n;
            case 1 -> "Apt " + n;
            case 2 -> "appartement " + n;
            case 3 -> "Bât. " + letter;
            case 4 -> "bâtiment " + (random.nextBoolean() ? letter : String.valueOf(n % 9 + 1));
            case 5 -> "bat " + letter;
            case 6 -> (n % 9 + 1) + (random.nextBoolean() ? "e" : "ème") + " étage";
            case 7 -> random.nextBoolean() ? "1er étage" : "étage " + (n % 9);
            case 8 -> (random.nextBoolean() ? "Résidence " : "Rés. ") + residence;
            case 9 -> "chez " + person;
            case 10 -> person;
            case 11 -> "Esc. " + letter;
            case 12 -> "escalier " + letter;
            case 13 -> "porte " + n;
            case 14 -> "logement " + n;
            case 15 -> "rez-de-chaussée";
            default -> "Bât " + letter + " appt " + n;
        };
    }

    private String numberAfter(String street, String num) {
        return switch (random.nextInt(4)) {
            case 0 -> street + " " + num;
            case 1 -> street + ", " + num;
            case 2 -> street + " n°" + num;
            default -> street + " " + num.replace(" ", "");
        };
    }

    private String typeTypo(String street) {
        int space = street.indexOf(' ');
        if (space < 0) {
            return street;
        }
        String type = street.substring(0, space);
        String rest = street.substring(space);
        String folded = fold(type).toUpperCase(Locale.ROOT);
        var abbreviations = ABBREVIATIONS.get(folded);
        if (abbreviations != null && random.nextInt(3) == 0) {
            return pick(abbreviations) + rest;
        }
        return edit(type) + rest;
    }

    /** One random edit of a word: a letter dropped, doubled, swapped with the next, replaced by a neighbour, or a plural. */
    private String edit(String word) {
        String w = word.toLowerCase(Locale.FRANCE);
        int at = random.nextInt(w.length());
        return switch (random.nextInt(5)) {
            case 0 -> w.length() > 2 ? w.substring(0, at) + w.substring(at + 1) : w + "s";
            case 1 -> w.substring(0, at + 1) + w.charAt(at) + w.substring(at + 1);
            case 2 ->
                at + 1 < w.length() && w.charAt(at) != w.charAt(at + 1)
                        ? w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2)
                        : w + "s";
            case 3 -> {
                String near = AZERTY.getOrDefault(w.charAt(at), "");
                yield near.isEmpty()
                        ? w + "s"
                        : w.substring(0, at) + near.charAt(random.nextInt(near.length())) + w.substring(at + 1);
            }
            default -> w + "s";
        };
    }

    private String lieuDit(SectorRule r, String num) {
        String name = plain(r.voie().replaceFirst("^LIEU DIT ", ""));
        // Without a number only where it does not matter: where the rules split the street by number,
        // the right answer to an address without one is "indiquez le numéro".
        boolean numbered = random.nextInt(3) == 0 || !wholeStreet(r);
        boolean place = Set.of("LA", "LE", "LES", "L", "LIEU").contains(r.voie().split(" ")[0]);
        String prefix = !place
                ? ""
                : switch (random.nextInt(4)) {
                    case 0 -> "lieu-dit ";
                    case 1 -> "Lieu dit ";
                    case 2 -> "ld ";
                    default -> "";
                };
        String address = (numbered ? num + " " : "") + prefix + name;
        if (r.lieuDit() != null && random.nextBoolean()) {
            address += ", " + capitalise(r.lieuDit().toLowerCase(Locale.FRANCE));
        }
        return address + place(r);
    }

    private boolean wholeStreet(SectorRule r) {
        return rules.stream()
                .filter(o -> o.codeInsee().equals(r.codeInsee()) && r.voie().equals(o.voie()))
                .allMatch(o -> o.debut() == null
                        || o.fin() == null
                        || (o.debut() <= 2 && o.fin() >= 9999 && "PI".equals(o.parite())));
    }

    private String mixed(SectorRule r, String num) {
        String street = plain(r.voie());
        if (random.nextBoolean()) {
            street = typeTypo(street);
        }
        if (random.nextInt(3) == 0) {
            street = nameTypo(street);
        }
        String address = random.nextBoolean() ? numberAfter(street, num) : num + " " + street;
        return complemented(address, r);
    }

    private String abbreviateType(String street) {
        int space = street.indexOf(' ');
        var abbreviations =
                space < 0 ? null : ABBREVIATIONS.get(street.substring(0, space).toUpperCase(Locale.ROOT));
        return abbreviations == null ? street : abbreviations.getFirst() + street.substring(space);
    }

    /** One letter missing in the longest word of the name, as the first development set did. */
    private String nameTypo(String street) {
        String[] words = street.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String w = words[longest];
        if (w.length() < 6 || longest == 0) {
            return street;
        }
        int at = 1 + random.nextInt(w.length() - 2);
        words[longest] = w.substring(0, at) + w.substring(at + 1);
        return String.join(" ", words);
    }

    private String place(SectorRule r) {
        String postcode = r.codePostal() == null ? "" : r.codePostal();
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> " " + postcode;
            case 2 -> " " + r.commune();
            default ->
                ", " + (postcode.isEmpty() ? "" : postcode + " ") + r.commune().toUpperCase(Locale.FRANCE);
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
