package fr.monenfantalecole.portail.search;

/** Lets a benchmark rank an index with other numbers (see bench.SearchWeightsTuning). */
public final class BenchRanking {

    private BenchRanking() {}

    /** The index ranks with these weights from now on. */
    public static void weigh(SearchIndex index, RankingWeights weights) {
        index.weigh(weights);
    }
}
