package fr.monenfantalecole.portail.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * set is never older than the documents. Bounded: at most 2^27 bits in all (16 MB; 80,000 scopes of
 * the demo corpus, 2,000 of a national one of 60,000 documents); past it, it starts again empty.
 */
final class ScopeBits {

    private static final long MAX_BITS = 1L << 27;

    private final IndexSearcher searcher;
    private final Map<SearchScope, Query> filters = new ConcurrentHashMap<>();

    ScopeBits(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The documents of this scope, as a filter (scores nothing: only for {@code FILTER} clauses). */
    Query of(SearchScope scope) throws IOException {
        Query filter = filters.get(scope);
        if (filter == null) {
            long bits = (long) (filters.size() + 1)
                    * Math.max(searcher.getIndexReader().maxDoc(), 1);
            if (bits > MAX_BITS) {
                filters.clear();
            }
            filter = new InSet(run(ScopeFilter.of(scope)));
            filters.put(scope, filter);
        }
        return filter;
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
