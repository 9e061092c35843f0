package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.bench.BenchCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The development queries measure the search; they must never be what it finds. A query copied word
 * for word into a sheet's title or alternative questions, or into the synonym or lemma dictionary,
 * is found because it was copied, and the figure measured on it says nothing about parents' own
 * words. Compared after folding case, accents and punctuation ("Qu'est-ce" = "qu est ce"), and again with the
 * small words left out.
 */
class DevQueryLeakageTest {

    static String normalised(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Articles, prepositions, possessives and conjunctions: the words a copy drops or adds. */
    static final Set<String> SMALL_WORDS = Set.of(
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "a", "en", "et", "ou", "mon",
            "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "ce",
            "cet", "cette", "ces", "sur", "pour", "par", "dans", "avec", "chez", "est");

    /** A search-box form with a question tag after it ("plan mercredi c'est quoi") is that search-box form. */
    static final String TRAILING_TAG = "( c est quoi| qui est ce| quoi)+$";

    /**
     * The words that carry meaning, in order: a query and a field that differ only by articles and
     * prepositions are the same text ("gaspillage a la cantine" = "gaspillage cantine"); a question
     * word makes them different ("c'est quoi la prepa seconde" is a question, "prepa seconde" a name).
     * Only for two words or more: a single word ("cantine") is the sheets' own vocabulary.
     */
    static String meaningful(String text) {
        var words = java.util.Arrays.stream(
                        normalised(text).replaceAll(TRAILING_TAG, "").split(" "))
                .filter(w -> !w.isEmpty() && !SMALL_WORDS.contains(w))
                .toList();
        return words.size() < 2 ? normalised(text) : String.join(" ", words);
    }

    /** Every development query (catalogue column dev_queries, and the team's bench file), normalised. */
    static Map<String, String> devQueries() throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        BenchCorpus.tsv("content/fiches.tsv", "fiche_id", "dev_queries").forEach((id, text) -> {
            for (String q : text.split("\\|")) {
                if (!q.isBlank()) {
                    queries.put(normalised(q), id + " (catalogue) « " + q.strip() + " »");
                    queries.putIfAbsent(meaningful(q), id + " (catalogue, small words left out) « " + q.strip() + " »");
                }
            }
        });
        for (String line : Files.readAllLines(Path.of("bench/search-queries.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t");
                queries.put(normalised(parts[0]), parts[1].strip() + " (bench) « " + parts[0].strip() + " »");
                queries.putIfAbsent(
                        meaningful(parts[0]),
                        parts[1].strip() + " (bench, small words left out) « " + parts[0].strip() + " »");
            }
        }
        return queries;
    }

    @Test
    void noDevelopmentQueryIsASheetsTitleOrAlternativeQuestion() throws IOException {
        var queries = devQueries();
        assertThat(queries).hasSizeGreaterThan(1000);
        List<String> copies = new ArrayList<>();
        for (var doc : BenchCorpus.documents(false)) {
            List<String> fields = new ArrayList<>(doc.questions());
            fields.add(doc.title());
            for (String field : fields) {
                String query = queries.getOrDefault(normalised(field), queries.get(meaningful(field)));
                if (query != null) {
                    copies.add(doc.id() + ": « " + field + " » is a development query of " + query);
                }
            }
        }
        assertThat(copies).as("development queries copied into indexed fields").isEmpty();
    }

    /**
     * A dictionary entry that a sheet already writes word for word in its title or text ("certificat de
     * radiation", "allocation de rentrée scolaire") is that sheet's own vocabulary, the official name of
     * the thing: no information comes from the queries. Any other entry equal to a query is a copy.
     */
    @Test
    void noDevelopmentQueryIsAnEntryOfASearchDictionary() throws IOException {
        var queries = devQueries();
        StringBuilder sheets = new StringBuilder();
        for (var doc : BenchCorpus.documents(false)) {
            sheets.append(' ')
                    .append(normalised(doc.title() + " " + doc.summary() + " " + doc.body()))
                    .append(' ');
        }
        List<String> copies = new ArrayList<>();
        for (String file : List.of("search/synonymes.txt", "search/lemmes.txt", "search/langues.txt")) {
            for (String line : Files.readAllLines(BenchCorpus.RESOURCES.resolve(file))) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                for (String entry : line.split(",|=>")) {
                    String query = queries.getOrDefault(normalised(entry), queries.get(meaningful(entry)));
                    boolean writtenBySheets =
                            !normalised(entry).isEmpty() && sheets.indexOf(' ' + normalised(entry) + ' ') >= 0;
                    if (query != null && !writtenBySheets) {
                        copies.add(file + ": « " + entry.strip() + " » is a development query of " + query);
                    }
                }
            }
        }
        assertThat(copies)
                .as("development queries copied into the dictionaries")
                .isEmpty();
    }

    @Test
    void normalisingFoldsCaseAccentsAndPunctuation() {
        assertThat(normalised("Qu'est-ce que l'ÉCOLE ?")).isEqualTo("qu est ce que l ecole");
        assertThat(meaningful("Le gaspillage à la cantine")).isEqualTo(meaningful("gaspillage cantine"));
        assertThat(meaningful("C'est quoi la prépa-seconde ?")).isNotEqualTo(meaningful("prépa seconde"));
        assertThat(meaningful("plan mercredi c'est quoi")).isEqualTo(meaningful("plan mercredi"));
    }
}
