package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
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

    @Test
    void aHitGetsTheShareOfTheFirstHitsThatAreSheetsItGoesWith() {
        var ids = List.of("CAN-008", "AID-006", "TRA-001", "CAN-006");
        var linked = List.of(Set.of("AID-006", "CAN-006"), Set.of("CAN-008"), Set.<String>of(), Set.of("CAN-008"));
        double[][] into = {{1.0, 0}, {0.8, 0}, {0.6, 0}, {0.4, 0}};
        HitFeatures.linkAgreement(ids::get, linked::get, new int[] {0, 1, 2, 3}, into, 1);
        assertThat(into[0][1]).isCloseTo(1.2 / 2.8, within(1e-9));
        assertThat(into[1][1]).isCloseTo(1.0 / 2.8, within(1e-9));
        assertThat(into[2][1]).isZero();
    }

    @Test
    void sheetsAreLinkedBothWaysByWhatTheySendToAndNationalOnesByTheirNearestTexts() {
        String[] ids = {"CAN-008", "AID-006", "TRA-001", "TRA-002", "TRA-003", "TRA-004", "L12", "A7"};
        boolean[] sheet = {true, true, true, true, true, true, true, false};
        boolean[] national = {true, true, true, true, true, true, false, true};
        String[] related = {"AID-006", "", "", "", "", "", "CAN-008", ""};
        String[] text = {
            "payer la cantine dettes impayés", "aide sociale pour la cantine", "car scolaire arrêt horaires matin",
            "car scolaire carte perdue duplicata", "vélo casque trajet", "piscine natation bonnet",
            "car scolaire arrêt horaires carte", "car scolaire arrêt horaires carte"
        };
        var links = new SheetLinks(ids, sheet, national, related, text);
        assertThat(links.of(1)).contains("CAN-008");
        assertThat(links.of(0)).contains("AID-006", "L12");
        assertThat(links.of(2)).contains("TRA-002");
        assertThat(links.of(2)).doesNotContain("L12");
        assertThat(links.of(6)).containsExactly("CAN-008");
        assertThat(links.of(7)).isEmpty();
    }
}
