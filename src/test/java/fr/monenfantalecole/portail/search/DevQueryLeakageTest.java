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
 * words. Compared after folding case, accents and punctuation ("Qu'est-ce" = "qu est ce"), again with the
 * small words left out, and again with question words left out and the order ignored.
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

    /** Question words and the verbs of a question ("c'est quoi", "comment", "faut-il", "dois-je"). */
    static final Set<String> QUESTION_WORDS = Set.of(
            "c",
            "qu",
            "quoi",
            "que",
            "qui",
            "quand",
            "comment",
            "combien",
            "pourquoi",
            "ou",
            "quel",
            "quelle",
            "quels",
            "quelles",
            "ce",
            "il",
            "elle",
            "on",
            "je",
            "j",
            "faut",
            "peut",
            "peux",
            "puis",
            "dois",
            "doit",
            "doivent",
            "y",
            "t",
            "s",
            "se");

    /**
     * The words of a search-box form, in any order, with question words left out: a question that only
     * adds "c'est quoi" or "comment" to a query's words, or says them in another order ("cantine prix" =
     * "prix de la cantine"), is that query, in the singular or the plural ("couche en petite section" =
     * "couches petite section"). Empty below two words. Negations ("pas") stay.
     */
    static String wordsInAnyOrder(String text) {
        var words = java.util.Arrays.stream(normalised(text).split(" "))
                .filter(w -> !w.isEmpty() && !SMALL_WORDS.contains(w) && !QUESTION_WORDS.contains(w))
                .map(w -> w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w)
                .distinct()
                .sorted()
                .toList();
        return words.size() < 2 ? "" : "~ " + String.join(" ", words);
    }

    /**
     * The words that carry meaning, in order: a query and a field that differ only by articles and
     * prepositions are the same text ("gaspillage a la cantine" = "gaspillage cantine"). Question words
     * are left out by {@link #wordsInAnyOrder}, which also ignores the order. Only for two words or more: a single word ("cantine") is the sheets' own vocabulary.
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
                    putWords(queries, q, id + " (catalogue, same words in any order) « " + q.strip() + " »");
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
                putWords(
                        queries,
                        parts[0],
                        parts[1].strip() + " (bench, same words in any order) « " + parts[0].strip() + " »");
            }
        }
        return queries;
    }

    private static void putWords(Map<String, String> queries, String query, String origin) {
        String words = wordsInAnyOrder(query);
        if (!words.isEmpty()) {
            queries.putIfAbsent(words, origin);
        }
    }

    /** The development query a text copies, or null: the same text, its meaningful words, or its words in any order. */
    static String copied(Map<String, String> queries, String text) {
        String query = queries.getOrDefault(normalised(text), queries.get(meaningful(text)));
        return query != null ? query : queries.get(wordsInAnyOrder(text));
    }

    @Test
    void noDevelopmentQueryIsASheetsTitleOrAlternativeQuestion() throws IOException {
        var queries = devQueries();
        assertThat(queries).hasSizeGreaterThan(1000);
        List<String> copies = new ArrayList<>();
        for (var doc : BenchCorpus.documents(false)) {
            for (String field : doc.questions()) {
                String query = copied(queries, field);
                if (query != null) {
                    copies.add(doc.id() + ": « " + field + " » is a development query of " + query);
                }
            }
            // The title is the catalogue's own question, which the development queries were written from:
            // a query that shortens it to its words ("section internationale") is not a copy in the title.
            String query = queries.getOrDefault(normalised(doc.title()), queries.get(meaningful(doc.title())));
            if (query != null) {
                copies.add(doc.id() + ": title « " + doc.title() + " » is a development query of " + query);
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
                    String query = copied(queries, entry);
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
        assertThat(wordsInAnyOrder("C'est quoi la prépa-seconde ?")).isEqualTo(wordsInAnyOrder("prépa seconde"));
        assertThat(wordsInAnyOrder("cantine prix")).isEqualTo(wordsInAnyOrder("prix de la cantine"));
        assertThat(wordsInAnyOrder("enfant pas vacciné")).isNotEqualTo(wordsInAnyOrder("enfant vacciné"));
        assertThat(wordsInAnyOrder("cantine")).isEmpty();
        assertThat(wordsInAnyOrder("couche en petite section")).isEqualTo(wordsInAnyOrder("couches petite section"));
    }
}
