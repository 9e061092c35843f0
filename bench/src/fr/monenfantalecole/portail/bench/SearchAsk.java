package fr.monenfantalecole.portail.bench;

import fr.monenfantalecole.portail.search.BenchRanking;
import fr.monenfantalecole.portail.search.RankingWeights;
import fr.monenfantalecole.portail.search.SearchIndex;
import java.io.IOException;

/**
 * The first hits of the bench corpus for each query given, with their scores and whether they pass
 * the confidence threshold: what an engineer looks at when a ranking test fails. Run:
 * {@code java -cp … fr.monenfantalecole.portail.bench.SearchAsk "garderie le matin" …} (class path: bench/run.sh);
 * {@code -Dsans-thesaurus=true} ranks without the thesaurus's words, to see what they change.
 */
public final class SearchAsk {

    private SearchAsk() {}

    public static void main(String[] args) throws IOException {
        try (var index = BenchCorpus.index(true)) {
            if (Boolean.getBoolean("sans-thesaurus")) {
                double[] numbers = SearchWeightsTuning.scalars(RankingWeights.DEFAULTS);
                numbers[SearchWeightsTuning.SCALARS.indexOf("thesaurus")] = 0;
                BenchRanking.weigh(index, SearchWeightsTuning.weights(RankingWeights.DEFAULTS.fields(), numbers));
            }
            for (String q : args) {
                int confident = index.search(SearchQuality.SCOPE, q, 10, SearchIndex.MIN_COVERAGE)
                        .size();
                System.out.println("Q " + q + " (confident: " + confident + ")");
                for (var h : index.search(SearchQuality.SCOPE, q, 5)) {
                    System.out.printf("  %-8s %7.3f %s%n", h.id(), h.score(), h.title());
                }
            }
        }
    }
}
