package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The editorial quality bar of the national fiches (issue 20), checked on every file of
 * {@code src/main/resources/fiches}: each fiche has a source, its related fiches ({@code liees})
 * exist and are at least two, each acronym of {@code content/acronymes.tsv} is spelled out at its
 * first use in the text, and each fact that changes with the years (an amount in euros, a year from
 * 2024 on) is listed under {@code a_reverifier} with the year it holds for, which the text states
 * too. Each failure names the fiche and what to fix.
 */
class CatalogueQualityTest {

    static final Path FICHES = Path.of("src/main/resources/fiches");
    static final Path ACRONYMES = Path.of("src/main/resources/content/acronymes.tsv");

    /** How far (in characters, beyond the length of the expansion) the expansion may sit from the acronym. */
    static final int SLACK = 150;

    static Map<String, FicheFile> fiches = new TreeMap<>();
    static Map<String, List<String>> acronymes = new LinkedHashMap<>();

    @BeforeAll
    static void readCatalogue() throws IOException {
        try (Stream<Path> paths = Files.walk(FICHES)) {
            for (Path path :
                    paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String id = path.getFileName().toString().replaceFirst("\\.md$", "");
                var parsed = FicheFile.parse(Files.readString(path, StandardCharsets.UTF_8));
                var fiche = parsed.fiche();
                if (fiche == null) {
                    throw new AssertionError(path + " ne se lit pas : " + parsed.errors());
                }
                fiches.put(id, fiche);
            }
        }
        for (String line : Files.readAllLines(ACRONYMES, StandardCharsets.UTF_8).stream()
                .skip(1)
                .toList()) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            assertThat(columns)
                    .as("acronymes.tsv : « sigle<TAB>en toutes lettres » attendu, lu « %s »", line)
                    .hasSize(2);
            acronymes
                    .computeIfAbsent(columns[0].strip(), k -> new ArrayList<>())
                    .add(columns[1].strip());
        }
        assertThat(fiches).isNotEmpty();
        assertThat(acronymes).isNotEmpty();
    }

    @Test
    void everyFicheHasASource() {
        List<String> problems = new ArrayList<>();
        fiches.forEach((id, fiche) -> {
            if (fiche.content().sources().isEmpty()) {
                problems.add(
                        id + " : aucune source. Ajoutez sous « sources: » le texte officiel vérifié"
                                + " (article du Code de l'éducation, décret, circulaire avec sa référence au BO, page Service-public.fr).");
            }
        });
        assertThat(problems).as("fiches sans source").isEmpty();
    }

    @Test
    void relatedFichesExistAndAreAtLeastTwo() {
        List<String> problems = new ArrayList<>();
        fiches.forEach((id, fiche) -> {
            List<String> liees = fiche.content().liees();
            if (liees.size() < 2) {
                problems.add(id + " : " + liees.size() + " fiche(s) liée(s). Donnez-en au moins deux dans « liees: ».");
            }
            for (String lien : liees) {
                if (!fiches.containsKey(lien)) {
                    problems.add(id + " : « liees » pointe vers " + lien
                            + ", qui n'a pas de fichier (lien mort). Remplacez-le par une fiche rédigée.");
                } else if (lien.equals(id)) {
                    problems.add(id + " : la fiche se cite elle-même dans « liees ».");
                }
            }
        });
        assertThat(problems).as("fiches liées").isEmpty();
    }

    @Test
    void acronymsAreSpelledOutAtTheirFirstUse() {
        List<String> problems = new ArrayList<>();
        fiches.forEach((id, fiche) -> {
            String text =
                    readerText(fiche.content().bref() + "\n\n" + fiche.content().detail());
            List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n"))
                    .filter(p -> !p.stripLeading().startsWith("#"))
                    .toList();
            acronymes.forEach((sigle, expansions) -> {
                Pattern use = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(sigle) + "(?![\\p{L}\\p{N}_])");
                for (String paragraph : paragraphs) {
                    Matcher m = use.matcher(paragraph);
                    if (!m.find()) {
                        continue;
                    }
                    if (expansions.stream().noneMatch(e -> spelledOut(paragraph, m.start(), m.end(), e))) {
                        problems.add(id + " : « " + sigle + " » n'est pas écrit en toutes lettres à sa première"
                                + " utilisation. Écrivez « " + expansions.get(0) + " (" + sigle + ") » dans le"
                                + " paragraphe « " + abbreviate(paragraph) + " ».");
                    }
                    break;
                }
            });
        });
        assertThat(problems).as("sigles non expliqués").isEmpty();
    }

    @Test
    void theCheckAcceptsTheUsualWaysOfSpellingOut() {
        String expansion = "projet d'accueil individualisé";
        for (String ok : List.of(
                "Demandez un projet d’accueil individualisé (PAI) à l'école.",
                "Le PAI (projet d'accueil individualisé) est écrit avec le médecin.",
                "Un plan (projets d'accueil individualisés, PAI) existe.")) {
            int at = ok.indexOf("PAI");
            assertThat(spelledOut(ok, at, at + 3, expansion)).as(ok).isTrue();
        }
        String bad = "Demandez un PAI à l'école.";
        assertThat(spelledOut(bad, bad.indexOf("PAI"), bad.indexOf("PAI") + 3, expansion))
                .isFalse();
        assertThat(readerText("Voir {{local:contact.mairie.telephone | le CCAS (centre communal d'action sociale)}}."))
                .isEqualTo("Voir le CCAS (centre communal d'action sociale).");
    }

    /** An amount in euros as written in a fiche: "70 €", "1 002 €", "199,19 €", "70 euros". */
    static final Pattern AMOUNT = Pattern.compile("\\d(?:[\\d\\u00a0\\u202f .,]*\\d)?\\s*(?:€|euros?\\b)");

    /** A year from 2024 on: what a fiche says of such a year holds for that year, not for ever. */
    static final Pattern RECENT_YEAR = Pattern.compile("(?<![\\p{N}/-])20(?:2[4-9]|3\\d)(?![\\p{N}])");

    /** Any year, as the text of an amount names the year it holds for ("en 2025", "arrêté de 2016"). */
    static final Pattern ANY_YEAR = Pattern.compile("(?<![\\p{N}])(?:19|20)\\d\\d(?![\\p{N}])");

    @Test
    void yearlyFactsAreMarkedForTheRentreeList() {
        List<String> problems = new ArrayList<>();
        fiches.forEach((id, fiche) -> {
            String yearly = firstYearlyFact(
                    readerText(fiche.content().bref() + "\n\n" + fiche.content().detail()));
            if (yearly != null && fiche.content().aReverifier().isEmpty()) {
                problems.add(id + " : le texte dit « " + yearly + " », un fait qui change avec les années. Ajoutez"
                        + " dans l'en-tête « a_reverifier: » puis une ligne « - ce qu'il faut vérifier | année pour"
                        + " laquelle c'est valable | source » (voir docs/fiches-format.md).");
            }
        });
        assertThat(problems).as("faits annuels sans ligne « a_reverifier »").isEmpty();
    }

    @Test
    void everyAmountInEurosSaysTheYearItHoldsFor() {
        List<String> problems = new ArrayList<>();
        fiches.forEach((id, fiche) -> amountsWithoutYear(readerText(
                        fiche.content().bref() + "\n\n" + fiche.content().detail()))
                .forEach(paragraph -> problems.add(id + " : le montant du paragraphe « " + abbreviate(paragraph)
                        + " » ne dit pas pour quelle année il vaut. Écrivez-la dans la phrase (« En 2025-2026, … »,"
                        + " « d'avril 2025 à mars 2026, … ») ou dans la phrase qui annonce la liste.")));
        assertThat(problems).as("montants sans leur année").isEmpty();
    }

    @Test
    void everyMarkedFactSaysWhatItsYearAndItsSource() {
        List<String> problems = new ArrayList<>();
        fiches.forEach((id, fiche) -> fiche.content()
                .aReverifier()
                .forEach(line -> YearlyFact.parse(line).errors().forEach(error -> problems.add(id + " : " + error))));
        assertThat(problems).as("lignes « a_reverifier » incomplètes").isEmpty();
    }

    @Test
    void theYearlyChecksCatchWhatTheyShould() {
        assertThat(firstYearlyFact("Elle est de 70 € par jeune.")).isEqualTo("70 €");
        assertThat(firstYearlyFact("En 2026-2027, la rentrée a lieu le 1er septembre."))
                .isEqualTo("2026");
        assertThat(firstYearlyFact("La loi n° 2019-791 du 26 juillet 2019 l'a fixé à 3 ans."))
                .isNull();
        assertThat(amountsWithoutYear("Elle est de 70 € par jeune.")).hasSize(1);
        assertThat(amountsWithoutYear("En 2025-2026, elle était de 70 € par jeune."))
                .isEmpty();
        assertThat(amountsWithoutYear("À la rentrée 2025, l'ARS était de :\n\n- 423,48 € ;\n- 446,85 €."))
                .isEmpty();
        assertThat(amountsWithoutYear("### Combien ?\n\n- 423,48 € ;\n- 446,85 €."))
                .hasSize(1);
        assertThat(YearlyFact.parse("Montant de l'ARS | rentrée | caf.fr").errors())
                .hasSize(1);
        assertThat(YearlyFact.parse("Montant de l'ARS | 2025-2026").errors()).hasSize(1);
        assertThat(YearlyFact.parse("Montant de l'ARS | 2025-2026 | caf.fr").errors())
                .isEmpty();
    }

    /** The first amount in euros or year from 2024 on that the text states, or null. */
    static @org.jspecify.annotations.Nullable String firstYearlyFact(String text) {
        Matcher amount = AMOUNT.matcher(text);
        Matcher year = RECENT_YEAR.matcher(text);
        boolean hasAmount = amount.find();
        boolean hasYear = year.find();
        if (hasAmount && (!hasYear || amount.start() < year.start())) {
            return amount.group();
        }
        return hasYear ? year.group() : null;
    }

    /**
     * The paragraphs that state an amount in euros with no year in them; a list may take its year
     * from the sentence that introduces it (the paragraph just before).
     */
    static List<String> amountsWithoutYear(String text) {
        List<String> paragraphs = Arrays.stream(text.split("\\n\\s*\\n")).toList();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            if (!AMOUNT.matcher(paragraph).find() || ANY_YEAR.matcher(paragraph).find()) {
                continue;
            }
            boolean list = paragraph.stripLeading().matches("(?s)(?:[-*]|\\d+\\.)\\s.*");
            if (list && i > 0 && ANY_YEAR.matcher(paragraphs.get(i - 1)).find()) {
                continue;
            }
            missing.add(paragraph);
        }
        return missing;
    }

    /** The text a parent reads when the commune has filled nothing: each placeholder replaced by its fallback. */
    static String readerText(String markdown) {
        return Placeholder.PATTERN
                .matcher(markdown)
                .replaceAll(m -> Matcher.quoteReplacement(
                        m.group(2) == null ? "" : m.group(2).strip()));
    }

    /**
     * True when the significant words of the expansion (four letters or more, compared on their
     * first five letters, so plurals and accents do not matter) all sit right before or right after
     * the acronym in the same paragraph, as in « … (PAI) », « PAI (…) » or « (…, PAI) ».
     */
    static boolean spelledOut(String paragraph, int start, int end, String expansion) {
        List<String> wanted = words(expansion).stream()
                .filter(w -> w.length() >= 4)
                .map(w -> w.substring(0, Math.min(5, w.length())))
                .toList();
        int reach = expansion.length() + SLACK;
        List<String> before = words(paragraph.substring(Math.max(0, start - reach), start));
        List<String> after = words(paragraph.substring(end, Math.min(paragraph.length(), end + reach)));
        return containsAll(before, wanted) || containsAll(after, wanted);
    }

    private static boolean containsAll(List<String> words, List<String> prefixes) {
        return prefixes.stream().allMatch(p -> words.stream().anyMatch(w -> w.startsWith(p)));
    }

    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return Arrays.stream(plain.split("[^a-z]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String abbreviate(String paragraph) {
        String flat = paragraph.strip().replaceAll("\\s+", " ");
        return flat.length() <= 90 ? flat : flat.substring(0, 90) + "…";
    }
}
