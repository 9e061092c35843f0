package fr.monenfantalecole.portail.search;

/** Lets a benchmark rank an index with other numbers (see bench.SearchWeightsTuning). */
public final class BenchRanking {

    private BenchRanking() {}

    /** The index reads its first hits again (the shipped weights) or keeps the ranking's order. */
    public static void rerank(SearchIndex index, boolean on) {
        index.rerank(on);
    }

    /** The index ranks with these weights from now on. */
    public static void weigh(SearchIndex index, RankingWeights weights) {
        index.weigh(weights);
    }
}
