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
}
