package fr.monenfantalecole.portail.search;

import java.util.Map;

/**
 * The numbers of the ranking (see Relevance), in one value so that a benchmark can try others
 * (bench.SearchWeightsTuning); production always ranks with {@link #DEFAULTS}.
 *
 * @param fields the boost of each field's exact match
 * @param tie the share of the other fields' scores in a word's best field (DisjunctionMax)
 * @param scene how much a scene word counts in a long question (see NarrativeFiller)
 * @param thesaurus how much the thesaurus's word counts for a word no text uses (see FrenchThesaurus)
 */
public record RankingWeights(
        Map<String, Float> fields,
        float phrase,
        float coverage,
        double rarity,
        int rarityFrom,
        float fuzzy,
        float accent,
        float tie,
        float scene,
        float thesaurus) {

    public static final RankingWeights DEFAULTS = new RankingWeights(
            Relevance.FIELDS,
            Relevance.PHRASE,
            Relevance.COVERAGE,
            Relevance.RARITY,
            Relevance.RARITY_FROM,
            Relevance.FUZZY_WEIGHT,
            Relevance.ACCENT_WEIGHT,
            Relevance.TIE,
            NarrativeFiller.SCENE_WEIGHT,
            Relevance.THESAURUS);

    public RankingWeights {
        fields = Map.copyOf(fields);
    }
}
