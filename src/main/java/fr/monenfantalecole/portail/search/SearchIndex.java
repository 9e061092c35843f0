package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * An immutable in-memory Lucene index of search documents, with the queries parents need:
 * ranked search with typo tolerance, completion, spelling suggestions. Rebuilt whole on change
 * (the corpus is small) and swapped atomically by its owner.
 */
public final class SearchIndex implements AutoCloseable {

    static final Map<String, Float> FIELDS =
            Map.of("title", 4f, "questions", 3f, "summary", 2f, "body", 1f, "theme", 1.5f, "syn", 4.0f);
    static final String SCOPE_ESTABLISHMENT = "etablissement";
    static final float FUZZY_WEIGHT = 2.5f;
    static final float ACCENT_WEIGHT = 1.5f;

    private final FrenchAnalyzers analyzers;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    public SearchIndex(FrenchAnalyzers analyzers, List<SearchDocument> documents) {
        this.analyzers = analyzers;
        this.directory = new ByteBuffersDirectory();
        Analyzer perField = new PerFieldAnalyzerWrapper(
                analyzers.index(),
                Map.of(
                        "spell",
                        analyzers.spelling(),
                        "suggest",
                        analyzers.spelling(),
                        "suggest_title",
                        analyzers.spelling(),
                        "syn",
                        analyzers.indexWithSynonyms(),
                        "accents",
                        analyzers.accented()));
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (var d : documents) {
                writer.addDocument(toLucene(d));
            }
            writer.commit();
            this.reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.searcher = new IndexSearcher(reader);
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzers.index())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .withHandleMultiTermQuery(true)
                .build();
        spellChecker.setMinPrefix(1);
        spellChecker.setMinQueryLength(4);
    }

    public int size() {
        return reader.numDocs();
    }

    /** A found item with a highlighted excerpt (HTML: escaped text with mark elements); theme is an id. */
    public record Hit(
            SearchDocument.Kind kind,
            String id,
            String title,
            String path,
            String excerptHtml,
            String theme,
            float score) {}

    public List<Hit> search(SearchScope scope, String text, int limit) {
        Query relevance = relevance(text);
        if (relevance instanceof MatchNoDocsQuery) {
            return List.of();
        }
        var query = new BooleanQuery.Builder()
                .add(relevance, Occur.MUST)
                .add(scopeFilter(scope), Occur.FILTER)
                .build();
        try {
            TopDocs top = searcher.search(query, limit);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            String[] excerpts = excerpts(relevance, top);
            var stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                var doc = stored.document(top.scoreDocs[i].doc);
                String excerpt = excerpts[i] != null ? excerpts[i] : pick(null, null, doc.get("summary"));
                hits.add(new Hit(
                        SearchDocument.Kind.valueOf(doc.get("kind")),
                        doc.get("id"),
                        doc.get("title"),
                        doc.get("path"),
                        excerpt,
                        doc.get("themeId"),
                        top.scoreDocs[i].score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The short answer with the matched words marked; the detail only for the hits whose short
     * answer has none of them (highlighting is the costliest part of a search).
     */
    private String[] excerpts(Query relevance, TopDocs top) throws IOException {
        int n = top.scoreDocs.length;
        int[] docs = new int[n];
        for (int i = 0; i < n; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        String[] result = highlighter
                .highlightFields(new String[] {"summary"}, relevance, docs, new int[] {1})
                .get("summary");
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (result[i] == null || !result[i].contains("<mark>")) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            int[] bodyDocs = missing.stream().mapToInt(i -> docs[i]).toArray();
            String[] bodies = highlighter
                    .highlightFields(new String[] {"body"}, relevance, bodyDocs, new int[] {1})
                    .get("body");
            for (int k = 0; k < bodyDocs.length; k++) {
                if (bodies[k] != null && bodies[k].contains("<mark>")) {
                    result[missing.get(k)] = bodies[k];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (result[i] != null && !result[i].contains("<mark>")) {
                result[i] = null;
            }
        }
        return result;
    }

    /** Completion: titles whose words start like what is being typed. */
    public List<Hit> suggest(SearchScope scope, String text, int limit) {
        List<String> words = tokens(analyzers.spelling(), text);
        if (words.isEmpty() || text.strip().length() < 2) {
            return List.of();
        }
        var query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            query.add(new TermQuery(new Term("suggest", words.get(i))), Occur.SHOULD);
        }
        query.add(new PrefixQuery(new Term("suggest", words.getLast())), Occur.MUST);
        query.add(new BoostQuery(new PrefixQuery(new Term("suggest_title", words.getLast())), 3f), Occur.SHOULD);
        query.add(new BoostQuery(relevance(text), 0.5f), Occur.SHOULD);
        query.add(scopeFilter(scope), Occur.FILTER);
        try {
            TopDocs top = searcher.search(query.build(), limit);
            var stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (var sd : top.scoreDocs) {
                var doc = stored.document(sd.doc);
                hits.add(new Hit(
                        SearchDocument.Kind.valueOf(doc.get("kind")),
                        doc.get("id"),
                        doc.get("title"),
                        doc.get("path"),
                        "",
                        doc.get("themeId"),
                        sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query with each unknown word replaced by the closest known one; null when nothing to correct. */
    public @Nullable String didYouMean(String text) {
        List<String> words = tokens(analyzers.spelling(), text);
        boolean changed = false;
        List<String> corrected = new ArrayList<>();
        try {
            for (String word : words) {
                if (word.length() >= 4 && reader.docFreq(new Term("spell", word)) == 0) {
                    var suggestions = spellChecker.suggestSimilar(
                            new Term("spell", word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (suggestions.length > 0) {
                        corrected.add(suggestions[0].string);
                        changed = true;
                        continue;
                    }
                }
                corrected.add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    /**
     * For each word: exact matches in every field (titles and parents' questions weigh most), and
     * for words of 5 letters or more a fuzzy match (1 edit, 2 from 8 letters) so short words stay
     * exact; a phrase bonus when the words follow each other in the title or the questions.
     */
    Query relevance(String text) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(tokens(analyzers.plainQuery(), text)));
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        var query = new BooleanQuery.Builder();
        // Each word as typed, exact in any field (the best field counts most).
        for (String term : terms) {
            List<Query> perField = new ArrayList<>();
            for (var field : FIELDS.entrySet()) {
                perField.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()));
            }
            query.add(new DisjunctionMaxQuery(perField, 0.2f), Occur.SHOULD);
        }
        // Accents typed are a signal too, when they distinguish words that fold alike.
        for (String word : new LinkedHashSet<>(tokens(analyzers.accented(), text))) {
            if (!word.chars().allMatch(c -> c < 128)) {
                query.add(new BoostQuery(new TermQuery(new Term("accents", word)), ACCENT_WEIGHT), Occur.SHOULD);
            }
        }
        // A word the texts never use, as written, is probably a typo: it may be 1 edit away (2 from 8
        // letters) from a word they use. Words under 5 letters stay exact, so "cp" never becomes "ce".
        for (String word : new LinkedHashSet<>(tokens(analyzers.spelling(), text))) {
            if (word.length() >= 5 && !FrenchAnalyzers.STOP_WORDS.contains(word) && !isKnown(word)) {
                int edits = word.length() >= 8 ? 2 : 1;
                query.add(
                        new BoostQuery(new FuzzyQuery(new Term("spell", word), edits, 1, 50, true), FUZZY_WEIGHT),
                        Occur.SHOULD);
            }
        }
        if (terms.size() > 1) {
            for (String field : List.of("title", "questions")) {
                var phrase = new PhraseQuery.Builder().setSlop(3);
                terms.forEach(t -> phrase.add(new Term(field, t)));
                query.add(new BoostQuery(phrase.build(), 3f), Occur.SHOULD);
            }
        }
        return query.build();
    }

    /** Whether some text uses this word as written (folded, not stemmed). */
    private boolean isKnown(String word) {
        try {
            return reader.docFreq(new Term("spell", word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query scopeFilter(SearchScope scope) {
        var national = new BooleanQuery.Builder().add(new TermQuery(new Term("scope", "national")), Occur.MUST);
        if (!scope.hiddenIds().isEmpty()) {
            national.add(
                    new TermInSetQuery(
                            "id", scope.hiddenIds().stream().map(BytesRef::new).toList()),
                    Occur.MUST_NOT);
        }
        var filter = new BooleanQuery.Builder()
                .add(national.build(), Occur.SHOULD)
                .add(new TermQuery(new Term("scope", "c:" + scope.collectiviteId())), Occur.SHOULD);
        if (scope.ecoles() || scope.colleges()) {
            var territory = new BooleanQuery.Builder();
            if (scope.departementCode() != null) {
                territory.add(new PrefixQuery(new Term("commune", scope.departementCode())), Occur.SHOULD);
            }
            if (!scope.communes().isEmpty()) {
                territory.add(
                        new TermInSetQuery(
                                "commune",
                                scope.communes().stream().map(BytesRef::new).toList()),
                        Occur.SHOULD);
            }
            var levels = new BooleanQuery.Builder();
            if (scope.ecoles()) {
                levels.add(new TermQuery(new Term("niveau", "ecole")), Occur.SHOULD);
            }
            if (scope.colleges()) {
                levels.add(new TermQuery(new Term("niveau", "college")), Occur.SHOULD);
            }
            filter.add(
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term("scope", SCOPE_ESTABLISHMENT)), Occur.MUST)
                            .add(territory.build(), Occur.MUST)
                            .add(levels.build(), Occur.MUST)
                            .build(),
                    Occur.SHOULD);
        }
        return filter.build();
    }

    private static String pick(@Nullable String summary, @Nullable String body, @Nullable String plain) {
        if (summary != null && summary.contains("<mark>")) {
            return summary;
        }
        if (body != null && body.contains("<mark>")) {
            return body;
        }
        String text = plain == null ? "" : plain;
        if (text.length() > 220) {
            text = text.substring(0, 220) + "…";
        }
        return fr.monenfantalecole.portail.shared.RichText.escape(text);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (var stream = analyzer.tokenStream("x", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Stored, with offsets in the postings so that highlighting needs no re-analysis. */
    private static final org.apache.lucene.document.FieldType WITH_OFFSETS = withOffsets();

    private static org.apache.lucene.document.FieldType withOffsets() {
        var type = new org.apache.lucene.document.FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static Document toLucene(SearchDocument d) {
        var doc = new Document();
        doc.add(new StringField("kind", d.kind().name(), Field.Store.YES));
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        doc.add(new StringField("scope", d.scope(), Field.Store.NO));
        if (d.commune() != null) {
            doc.add(new StringField("commune", d.commune(), Field.Store.NO));
        }
        if (d.niveau() != null) {
            doc.add(new StringField("niveau", d.niveau(), Field.Store.NO));
        }
        doc.add(new TextField("title", d.title(), Field.Store.YES));
        doc.add(new TextField("questions", String.join("\n", d.questions()), Field.Store.NO));
        doc.add(new Field("summary", d.summary(), WITH_OFFSETS));
        doc.add(new Field("body", d.body(), WITH_OFFSETS));
        doc.add(new TextField("theme", d.theme(), Field.Store.YES));
        doc.add(new TextField(
                "spell",
                d.title() + "\n" + String.join("\n", d.questions()) + "\n" + d.summary() + "\n" + d.body(),
                Field.Store.NO));
        doc.add(new TextField(
                "syn", d.title() + "\n" + String.join("\n", d.questions()) + "\n" + d.summary(), Field.Store.NO));
        doc.add(new TextField("suggest", d.title() + "\n" + String.join("\n", d.questions()), Field.Store.NO));
        doc.add(new TextField("suggest_title", d.title(), Field.Store.NO));
        doc.add(new TextField("accents", d.title() + "\n" + String.join("\n", d.questions()), Field.Store.NO));
        doc.add(new StoredField("path", d.path()));
        doc.add(new StoredField("themeId", d.themeId()));
        return doc;
    }

    /** Distinct themes of the hits, best first: where to look when the answer is not obvious. */
    public static List<String> themes(List<Hit> hits, int limit) {
        Set<String> themes = new LinkedHashSet<>();
        hits.forEach(h -> {
            if (!h.theme().isBlank()) {
                themes.add(h.theme());
            }
        });
        return themes.stream().limit(limit).toList();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
