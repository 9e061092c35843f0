package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis for parents' words: elision (l', d', qu'…), lower case, accents folded, stop words
 * removed, light stemming (plurals and common endings). The index side also expands the reviewed
 * synonym dictionary, so that "cantine" finds "restauration scolaire" and the other way round.
 */
public final class FrenchAnalyzers {

    /** French stop words, accents folded like the text they are compared with. */
    static final CharArraySet STOP_WORDS = folded(
            FrenchAnalyzer.getDefaultStopSet(),
            java.util.List.of(
                    "est", "ce", "c", "quoi", "comment", "quel", "quelle", "quels", "quelles", "faut", "peut", "peux",
                    "puis", "dois", "doit", "il", "elle", "ils", "elles", "on", "y", "a", "qu", "estce", "lui"),
            SimpleFrench.MODAL_VERBS);

    static final CharArraySet ELISIONS = new CharArraySet(
            java.util.List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
            true);

    private final SynonymMap synonyms;
    private final ForeignWords foreignWords;
    private final FrenchLexicon lexicon;
    private final StemmerOverrideFilter.StemmerOverrideMap lemmas;
    private final Analyzer index;
    private final Analyzer query;
    private final Analyzer indexWithSynonyms;
    private final Analyzer plainQuery;
    private final Analyzer spelling;
    private final Analyzer accented;

    public FrenchAnalyzers(InputStream synonymFile, InputStream lemmaFile, ForeignWords foreignWords) {
        this(synonymFile, lemmaFile, foreignWords, FrenchLexicon.none());
    }

    public FrenchAnalyzers(
            InputStream synonymFile, InputStream lemmaFile, ForeignWords foreignWords, FrenchLexicon lexicon) {
        this.foreignWords = foreignWords;
        this.lexicon = lexicon;
        this.synonyms = parseSynonyms(synonymFile);
        this.lemmas = parseLemmas(lemmaFile);
        this.index = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, stem(normalised(tokenizer)));
            }
        };
        this.indexWithSynonyms = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new SynonymGraphFilter(normalised(tokenizer), synonyms, true);
                stream = new org.apache.lucene.analysis.core.FlattenGraphFilter(stream);
                return new TokenStreamComponents(tokenizer, stem(stream));
            }
        };
        this.query = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new SynonymGraphFilter(normalised(tokenizer), synonyms, true);
                return new TokenStreamComponents(tokenizer, stem(stream));
            }
        };
        this.plainQuery = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, stem(normalised(tokenizer)));
            }
        };
        this.accented = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(tokenizer, ELISIONS);
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
            }
        };
        this.spelling = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(tokenizer, ELISIONS);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
            }
        };
    }

    /** Words of other languages rewritten into French before a query is analysed. */
    public ForeignWords foreignWords() {
        return foreignWords;
    }

    /** The French lexicon: real words and their lemmas, whatever the portal's texts say. */
    public FrenchLexicon lexicon() {
        return lexicon;
    }

    /** For indexing text fields. */
    public Analyzer index() {
        return index;
    }

    /** For the field that carries the synonyms of the whole text. */
    public Analyzer indexWithSynonyms() {
        return indexWithSynonyms;
    }

    /** For what a parent typed: the same chain, expanded with the synonyms (a graph for QueryBuilder). */
    public Analyzer query() {
        return query;
    }

    /** What a parent typed, without synonyms: one token per word, for fuzzy matching and phrases. */
    public Analyzer plainQuery() {
        return plainQuery;
    }

    /** Words exactly as written, accents kept: "harcelé" (the victim) is not "harcèle" (the author). */
    public Analyzer accented() {
        return accented;
    }

    /** Words as written (folded, not stemmed): spelling suggestions and completion. */
    public Analyzer spelling() {
        return spelling;
    }

    /** Known forms to their canonical word (marked so the stemmer leaves it), then light stemming. */
    private TokenStream stem(TokenStream stream) {
        return new FrenchLightStemFilter(new StemmerOverrideFilter(ClassNames.contracted(stream), lemmas));
    }

    private static StemmerOverrideFilter.StemmerOverrideMap parseLemmas(InputStream file) {
        var builder = new StemmerOverrideFilter.Builder(true);
        try (var reader = new java.io.BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] forms = line.split(",");
                String canonical = ForeignWords.fold(forms[0].strip());
                for (String form : forms) {
                    builder.add(ForeignWords.fold(form.strip()), canonical);
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TokenStream normalised(TokenStream source) {
        return new StopFilter(folded(source), STOP_WORDS);
    }

    static TokenStream folded(TokenStream source) {
        TokenStream stream = new ElisionFilter(source, ELISIONS);
        stream = new LowerCaseFilter(stream);
        return new ASCIIFoldingFilter(stream);
    }

    private static SynonymMap parseSynonyms(InputStream file) {
        var parserAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, folded(tokenizer));
            }
        };
        try (var reader = new InputStreamReader(file, StandardCharsets.UTF_8)) {
            var parser = new SolrSynonymParser(true, true, parserAnalyzer);
            parser.parse(new java.io.StringReader(
                    withoutStopWords(new java.io.BufferedReader(reader).lines().toList())));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Dictionnaire de synonymes illisible : " + e.getMessage(), e);
        }
    }

    /**
     * Stop words never reach the synonym filter (they are removed before it), so the entries of the
     * dictionary are read without them: "repas du midi" is the entry "repas midi".
     */
    static String withoutStopWords(java.util.List<String> lines) {
        var out = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            var entries = new java.util.ArrayList<String>();
            for (String entry : line.split(",")) {
                var words = new java.util.ArrayList<String>();
                for (String word : entry.strip().split("[\\s'’]+")) {
                    String folded = ForeignWords.fold(word);
                    if (!folded.isEmpty() && !STOP_WORDS.contains(folded) && !ELISIONS.contains(folded)) {
                        words.add(folded);
                    }
                }
                if (!words.isEmpty()) {
                    entries.add(String.join(" ", words));
                }
            }
            if (entries.size() > 1) {
                out.append(String.join(", ", entries)).append('\n');
            }
        }
        return out.toString();
    }

    @SafeVarargs
    private static CharArraySet folded(CharArraySet words, java.util.List<String>... more) {
        var result = new CharArraySet(words.size(), true);
        java.util.Arrays.stream(more).forEach(result::addAll);
        for (Object word : words) {
            result.add(ForeignWords.fold(new String((char[]) word)));
        }
        return result;
    }
}
