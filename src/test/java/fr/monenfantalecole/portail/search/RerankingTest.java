package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class RerankingTest {

    static Reranking parse(String text) throws IOException {
        return Reranking.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedWeightsNameEveryFeature() {
        assertThat(Reranking.SHIPPED.active()).isTrue();
    }

    @Test
    void aFileWithoutTheWeightOfAFeatureIsRefused() {
        assertThatThrownBy(() -> parse("# commentaire\nscore_rel\t1.5\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rank");
        assertThatThrownBy(() -> parse("score_rel 1.5\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ligne illisible");
    }

    @Test
    void withoutWeightsTheRankingsOrderIsKept() throws IOException {
        var top = new ScoreDoc[] {new ScoreDoc(3, 2f), new ScoreDoc(1, 1f)};
        assertThat(Reranking.NONE.rerank(null, null, null, null, top)).containsExactly(top);
        String all = HitFeatures.NAMES.stream().map(n -> n + "\t1").collect(Collectors.joining("\n"));
        assertThat(parse(all).active()).isTrue();
    }

    @Test
    void aHitAloneInItsThemeAmongTheFirstHitsGetsLessAgreementThanTheThemeMostOfThemShare() {
        var themes = List.of("cantine", "cantine", "transport", "cantine");
        double[][] into = {{1.0, 0}, {0.8, 0}, {0.6, 0}, {0.4, 0}};
        HitFeatures.agreement(themes::get, new int[] {0, 1, 2, 3}, into, 1);
        assertThat(into[0][1]).isCloseTo(2.2 / 2.8, within(1e-9));
        assertThat(into[3][1]).isEqualTo(into[0][1]);
        assertThat(into[2][1]).isCloseTo(0.6 / 2.8, within(1e-9));
    }
}
