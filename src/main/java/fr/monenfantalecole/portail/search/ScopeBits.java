package fr.monenfantalecole.portail.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The scope filters of one index ({@link ScopeFilter}), each run once into a bit set of the
 * documents it lets through: a search no longer builds and runs the scope's boolean query (scope
 * terms, hidden sheets, the territory's communes) for every question; Lucene's own query cache
 * skips segments this small. It lives and dies with its index (rebuilt whole on change), so a bit
 * set is never older than the documents. Bounded by the bytes of its bit sets: at most 16 MB (2^27
 * bits: 80,000 scopes of the demo corpus, about 2,000 of a national one of 60,000 documents), the
 * scopes least used lately evicted one by one (Caffeine's W-TinyLFU) rather than all at once, so
 * that 5,000 collectivités asking in turn keep the busiest scopes instead of refilling from empty.
 */
final class ScopeBits {

    /** The bound, in bytes of bit sets (2^27 bits). */
    static final long MAX_BYTES = 1L << 24;

    private final IndexSearcher searcher;
    private final Cache<SearchScope, InSet> filters;

    ScopeBits(IndexSearcher searcher) {
        this(searcher, MAX_BYTES);
    }

    ScopeBits(IndexSearcher searcher, long maxBytes) {
        this.searcher = searcher;
        this.filters = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<SearchScope, InSet>weigher((scope, filter) -> filter.bytes())
                // Evicted on the asking thread: the bound holds when the call returns.
                .executor(Runnable::run)
                .build();
    }

    /** The documents of this scope, as a filter (scores nothing: only for {@code FILTER} clauses). */
    Query of(SearchScope scope) throws IOException {
        try {
            return filters.get(scope, s -> {
                try {
                    return new InSet(run(ScopeFilter.of(s)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The bytes of the bit sets kept (for tests: never above the bound once a call returns). */
    long bytes() {
        filters.cleanUp();
        return filters.asMap().values().stream().mapToLong(InSet::bytes).sum();
    }

    private FixedBitSet[] run(Query query) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        var bits = new FixedBitSet[leaves.size()];
        for (var leaf : leaves) {
            var set = new FixedBitSet(Math.max(leaf.reader().maxDoc(), 1));
            var scorer = weight.scorer(leaf);
            if (scorer != null) {
                var docs = scorer.iterator();
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    set.set(d);
                }
            }
            bits[leaf.ord] = set;
        }
        return bits;
    }

    /** The documents of one scope, by leaf of this index's reader. */
    private static final class InSet extends Query {

        private final FixedBitSet[] bits;

        InSet(FixedBitSet[] bits) {
            this.bits = bits;
        }

        /** The bytes of the bit sets (the words of each, 8 bytes a 64 documents). */
        int bytes() {
            long words = 0;
            for (var set : bits) {
                words += set.getBits().length;
            }
            return (int) Math.min(Integer.MAX_VALUE, 8 * words);
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext leaf) {
                    var set = bits[leaf.ord];
                    var docs = new BitSetIterator(set, set.cardinality());
                    return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, docs));
                }

                @Override
                public boolean isCacheable(LeafReaderContext leaf) {
                    return false;
                }
            };
        }

        @Override
        public String toString(String field) {
            return "scope bits";
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
