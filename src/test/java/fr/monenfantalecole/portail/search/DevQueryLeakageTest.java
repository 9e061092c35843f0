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
import org.junit.jupiter.api.Test;

/**
 * The development queries measure the search; they must never be what it finds. A query copied word
 * for word into a sheet's title or alternative questions, or into the synonym or lemma dictionary,
 * is found because it was copied, and the figure measured on it says nothing about parents' own
 * words. Compared after folding case, accents and punctuation ("Qu'est-ce" = "qu est ce").
 */
class DevQueryLeakageTest {

    static String normalised(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Every development query (catalogue column dev_queries, and the team's bench file), normalised. */
    static Map<String, String> devQueries() throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        BenchCorpus.tsv("content/fiches.tsv", "fiche_id", "dev_queries").forEach((id, text) -> {
            for (String q : text.split("\\|")) {
                if (!q.isBlank()) {
                    queries.put(normalised(q), id + " (catalogue)");
                }
            }
        });
        for (String line : Files.readAllLines(Path.of("bench/search-queries.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t");
                queries.put(normalised(parts[0]), parts[1].strip() + " (bench)");
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
                String query = queries.get(normalised(field));
                if (query != null) {
                    copies.add(doc.id() + ": « " + field + " » is a development query of " + query);
                }
            }
        }
        assertThat(copies).as("development queries copied into indexed fields").isEmpty();
    }

    @Test
    void noDevelopmentQueryIsAnEntryOfASearchDictionary() throws IOException {
        var queries = devQueries();
        List<String> copies = new ArrayList<>();
        for (String file : List.of("search/synonymes.txt", "search/lemmes.txt", "search/langues.txt")) {
            for (String line : Files.readAllLines(BenchCorpus.RESOURCES.resolve(file))) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                for (String entry : line.split(",|=>")) {
                    String query = queries.get(normalised(entry));
                    if (query != null) {
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
    }
}
