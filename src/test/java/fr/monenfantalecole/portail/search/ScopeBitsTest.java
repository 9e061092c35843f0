package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.bench.BenchCorpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scope bit sets: the same documents as the scope's query, and a bound that evicts a few, never all. */
class ScopeBitsTest {

    static ByteBuffersDirectory directory;
    static DirectoryReader reader;
    static IndexSearcher searcher;

    @BeforeAll
    static void build() throws IOException {
        directory = LuceneDocuments.directory();
        try (var writer = new IndexWriter(
                directory, new IndexWriterConfig(BenchCorpus.analyzers().index()))) {
            for (var d : BenchCorpus.documents(true)) {
                writer.addDocument(LuceneDocuments.of(d));
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    /** One scope per collectivité: a commune of Ille-et-Vilaine each, 35001 to 35n. */
    static List<SearchScope> scopes(int n) {
        List<SearchScope> scopes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            scopes.add(new SearchScope(i, Set.of(), Set.of(String.format("35%03d", i)), null, true, true));
        }
        return scopes;
    }

    @Test
    void aScopeLetsThroughTheDocumentsOfItsQuery() throws IOException {
        var bits = new ScopeBits(searcher);
        var hidden = new SearchScope(7, Set.of("cantine-inscription"), Set.of(), "35", true, false);
        for (var scope : List.of(SearchScope.nationalOnly(), scopes(1).getFirst(), hidden)) {
            assertThat(docs(bits.of(scope)))
                    .isEqualTo(docs(ScopeFilter.of(scope)))
                    .isNotEmpty();
            assertThat(docs(bits.of(scope))).as("asked again").isEqualTo(docs(ScopeFilter.of(scope)));
        }
    }

    @Test
    void pastTheBoundTheLeastUsedScopesGoNotAllOfThem() throws IOException {
        var bits = new ScopeBits(searcher);
        long one = weigh(bits);
        long bound = 20 * one;
        bits = new ScopeBits(searcher, bound);
        var hot = SearchScope.nationalOnly();
        var first = bits.of(hot);
        for (var scope : scopes(200)) {
            bits.of(scope);
            bits.of(hot);
            long kept = bits.bytes();
            assertThat(kept).isLessThanOrEqualTo(bound);
            if (scope.collectiviteId() > 30) {
                // A cache that empties at the bound would hold one or two scopes here.
                assertThat(kept).isGreaterThan(bound - 3 * one);
            }
        }
        assertThat(bits.of(hot)).as("the busiest scope stays").isSameAs(first);
        assertThat(docs(bits.of(scopes(200).getLast())))
                .isEqualTo(docs(ScopeFilter.of(scopes(200).getLast())));
    }

    private static long weigh(ScopeBits bits) throws IOException {
        bits.of(SearchScope.nationalOnly());
        return bits.bytes();
    }

    private static Set<Integer> docs(Query filter) throws IOException {
        Set<Integer> docs = new HashSet<>();
        for (var sd : searcher.search(filter, Math.max(1, reader.maxDoc())).scoreDocs) {
            docs.add(sd.doc);
        }
        return docs;
    }
}
