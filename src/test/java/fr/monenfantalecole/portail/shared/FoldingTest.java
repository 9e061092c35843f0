package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void accentsAndCaseAside() {
        assertThat(Folding.lower("ÉLÉMENTAIRE")).isEqualTo("elementaire");
        assertThat(Folding.lower("Collège Françoise-Dolto")).isEqualTo("college francoise-dolto");
        // A decomposed "é" (e + combining acute) folds like a composed one.
        assertThat(Folding.lower("e\u0301cole")).isEqualTo(Folding.lower("École"));
    }

    @Test
    void lowerWordsKeepsEveryLetterAndDigit() {
        assertThat(Folding.lowerWords("  Cantine ? ")).isEqualTo("cantine");
        assertThat(Folding.lowerWords("Œuvre — été 2026")).isEqualTo("œuvre ete 2026");
        assertThat(Folding.lowerWords("ΑΘΗΝΑ")).isEqualTo("αθηνα");
        assertThat(Folding.lowerWords("?!")).isEmpty();
    }

    @Test
    void upperAsciiWordsKeepsOnlyAsciiLettersAndDigits() {
        assertThat(Folding.upperAsciiWords("Saint-Aubin-du-Cormier")).isEqualTo("SAINT AUBIN DU CORMIER");
        assertThat(Folding.upperAsciiWords("  rue de l’Église\t(bis) ")).isEqualTo("RUE DE L EGLISE BIS");
        assertThat(Folding.upperAsciiWords("Cœuvres")).isEqualTo("C UVRES");
        assertThat(Folding.upperAsciiWords("Straße 8")).isEqualTo("STRASSE 8");
    }
}
