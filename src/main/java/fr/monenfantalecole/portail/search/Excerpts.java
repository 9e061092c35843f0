package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/** The passages of the hits where the words searched for are marked. */
final class Excerpts {

    private final UnifiedHighlighter highlighter;

    Excerpts(IndexSearcher searcher, Analyzer analyzer, ShownFields shown) {
        var builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                .withHandleMultiTermQuery(true);
        this.highlighter = new UnifiedHighlighter(builder) {
            /** The text kept in memory, cut at the maximum length as Lucene's stored-field reading does. */
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int threshold)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    var byField = new CharSequence[fields.length];
                    for (int f = 0; f < fields.length; f++) {
                        String text = shown.text(fields[f], doc);
                        byField[f] = text.substring(0, Math.min(getMaxLength(), text.length()));
                    }
                    values.add(byField);
                }
                return values;
            }
        };
    }

    /**
     * The short answer with the matched words marked; the detail only for the hits whose short
     * answer has none of them (highlighting is the costliest part of a search). Null for a hit
     * where neither has a marked word.
     */
    @Nullable
    String[] of(Query relevance, TopDocs top) throws IOException {
        int n = top.scoreDocs.length;
        int[] docs = new int[n];
        for (int i = 0; i < n; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        @Nullable String[] result = highlight("summary", relevance, docs);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!marked(result[i])) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            int[] bodyDocs = missing.stream().mapToInt(i -> docs[i]).toArray();
            @Nullable String[] bodies = highlight("body", relevance, bodyDocs);
            for (int k = 0; k < bodyDocs.length; k++) {
                if (marked(bodies[k])) {
                    result[missing.get(k)] = bodies[k];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!marked(result[i])) {
                result[i] = null;
            }
        }
        return result;
    }

    private @Nullable String[] highlight(String field, Query relevance, int[] docs) throws IOException {
        var byField = highlighter.highlightFields(new String[] {field}, onField(relevance, field), docs, new int[] {1});
        return Objects.requireNonNull(byField.get(field), "the highlighter answers for every field asked");
    }

    /**
     * The words of the ranking query that are searched in this field, and nothing else: what the
     * highlighter marks in it is the same, but it no longer computes, for every hit, the matches of
     * the query's other fields (titles, synonyms, phrases, typos) only to throw them away. The
     * ranking query reaches the shown fields only through exact term queries.
     */
    static Query onField(Query relevance, String field) {
        Set<Term> terms = new LinkedHashSet<>();
        relevance.visit(QueryVisitor.termCollector(terms));
        var query = new BooleanQuery.Builder();
        for (Term term : terms) {
            if (term.field().equals(field)) {
                query.add(new TermQuery(term), Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static boolean marked(@Nullable String excerpt) {
        return excerpt != null && excerpt.contains("<mark>");
    }
}
