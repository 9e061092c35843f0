package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;

/**
 * An immutable in-memory Lucene index of search documents, with the queries parents need:
 * ranked search with typo tolerance and spelling correction, completion. Rebuilt whole on change
 * (the corpus is small) and swapped atomically by its owner.
 */
public final class SearchIndex implements AutoCloseable {

    public static final double MIN_COVERAGE = Confidence.MIN_COVERAGE;

    private final FrenchAnalyzers analyzers;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private volatile Relevance relevance;
    private final ShownFields shown;
    private final ScopeBits scopes;
    private final Excerpts excerpts;
    private final Confidence confidence;
    private volatile Reranking reranking = Reranking.SHIPPED;

    public SearchIndex(FrenchAnalyzers analyzers, List<SearchDocument> documents) {
        this.analyzers = analyzers;
        this.directory = LuceneDocuments.directory();
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
                        "syn_title",
                        analyzers.indexWithSynonyms(),
                        "accents",
                        analyzers.accented()));
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (var d : documents) {
                writer.addDocument(LuceneDocuments.of(d));
            }
            writer.commit();
            this.reader = DirectoryReader.open(directory);
            this.shown = new ShownFields(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.searcher = new IndexSearcher(reader);
        this.scopes = new ScopeBits(searcher);
        this.relevance = new Relevance(analyzers, reader);
        this.excerpts = new Excerpts(searcher, analyzers.index(), shown);
        this.confidence = new Confidence(analyzers, searcher);
    }

    public int size() {
        return reader.numDocs();
    }

    /**
     * A found item with a highlighted excerpt (HTML: escaped text with mark elements); theme is an id;
     * doc is its number in the index that found it, meaningful to that index only.
     */
    public record Hit(
            SearchDocument.Kind kind,
            String id,
            String title,
            String path,
            String excerptHtml,
            String theme,
            float score,
            int doc) {}

    /** Every hit, best first, weak guesses included (a long question keeps its answers; see SearchService.answers). */
    public List<Hit> search(SearchScope scope, String text, int limit) {
        return search(scope, text, limit, 0);
    }

    /**
     * The hits, none when the best holds less than {@code minCoverage} of the query's words
     * (weighed by rarity; 0 keeps every guess, to point at the closest themes).
     */
    public List<Hit> search(SearchScope scope, String text, int limit, double minCoverage) {
        Query relevance = relevance(text);
        if (relevance instanceof MatchNoDocsQuery) {
            return List.of();
        }
        try {
            var query = scoped(relevance, scope);
            TopDocs found = searcher.search(query, reranking.active() ? Math.max(limit, Reranking.DEPTH) : limit);
            if (found.scoreDocs.length == 0) {
                return List.of();
            }
            String french = this.relevance.french(text);
            ScoreDoc[] ordered = reranking.rerank(
                    searcher, confidence, shown, HitFeatures.Words.of(analyzers, french), found.scoreDocs);
            TopDocs top = new TopDocs(found.totalHits, Arrays.copyOf(ordered, Math.min(limit, ordered.length)));
            if (minCoverage > 0 && confidence.coverage(french, top.scoreDocs[0].doc) < minCoverage) {
                return List.of();
            }
            @Nullable String[] marked = excerpts.of(relevance, top);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                hits.add(shown.hit(top.scoreDocs[i].doc, marked[i], top.scoreDocs[i].score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        try {
            query.add(scopes.of(scope), Occur.FILTER);
            TopDocs top = searcher.search(query.build(), limit);
            List<Hit> hits = new ArrayList<>();
            for (var sd : top.scoreDocs) {
                hits.add(shown.hit(sd.doc, "", sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the ranking searched instead of what was typed: the text with its misspelt words replaced
     * (the words no text uses; see Misspellings), null when none was. The one spelling correction:
     * the results page and the API show exactly this.
     */
    public @Nullable String correction(String text) {
        var corrected = corrections(text);
        return corrected.changed() ? corrected.text() : null;
    }

    /** The text as the ranking reads it, with each word replaced (see Misspellings). */
    Misspellings.Correction corrections(String text) {
        return relevance.corrected(text);
    }

    Query relevance(String text) {
        return relevance.of(text);
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

    /** Whether a hit of this index holds enough of the query's words to answer it (see SearchService.answers). */
    public boolean confident(String text, Hit hit) {
        return confidence.coverage(relevance.french(text), hit.doc()) >= MIN_COVERAGE;
    }

    private Query scoped(Query relevance, SearchScope scope) throws IOException {
        return new BooleanQuery.Builder()
                .add(relevance, Occur.MUST)
                .add(scopes.of(scope), Occur.FILTER)
                .build();
    }

    /** The first hits before the second reading, with their features (see Reranking, bench.RerankFeatures). */
    record Candidates(List<Hit> hits, double[][] features) {}

    Candidates candidates(SearchScope scope, String text) throws IOException {
        ScoreDoc[] found = searcher.search(scoped(relevance(text), scope), Reranking.DEPTH).scoreDocs;
        String french = this.relevance.french(text);
        List<Hit> hits = new ArrayList<>();
        for (var d : found) {
            hits.add(shown.hit(d.doc, "", d.score));
        }
        return new Candidates(
                hits, HitFeatures.of(searcher, confidence, shown, HitFeatures.Words.of(analyzers, french), found));
    }

    /** Orders the first hits by the ranking alone ({@code false}) or read again (a benchmark's switch). */
    void rerank(boolean on) {
        this.reranking = on ? Reranking.SHIPPED : Reranking.NONE;
    }

    /** Ranks with other numbers from now on: for a benchmark trying weights (production keeps the defaults). */
    void weigh(RankingWeights weights) {
        this.relevance = relevance.weighed(weights);
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
