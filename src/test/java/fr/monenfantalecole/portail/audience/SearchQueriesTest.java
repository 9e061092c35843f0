package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The counted form of a search, pinned before its folding moved onto {@code shared.Folding}. */
class SearchQueriesTest {

    @Test
    void accentsCaseAndPunctuationAside() {
        assertThat(SearchQueries.normalise("Cantine ?")).isEqualTo("cantine");
        assertThat(SearchQueries.normalise("NAÏVE café")).isEqualTo("naive cafe");
        assertThat(SearchQueries.normalise("été — 2026")).isEqualTo("ete 2026");
        assertThat(SearchQueries.normalise("   ")).isEmpty();
        assertThat(SearchQueries.normalise(null)).isEmpty();
    }

    @Test
    void lettersOutsideAsciiAreKept() {
        assertThat(SearchQueries.normalise("Œuvre sociale")).isEqualTo("œuvre sociale");
        assertThat(SearchQueries.normalise("Straße")).isEqualTo("straße");
        assertThat(SearchQueries.normalise("ΑΘΗΝΑ")).isEqualTo("αθηνα");
    }

    @Test
    void longNumbersMaskedAndLengthCapped() {
        assertThat(SearchQueries.normalise("appeler le 0612345678")).isEqualTo("appeler le #");
        assertThat(SearchQueries.normalise("CP 35000 école")).isEqualTo("cp # ecole");
        assertThat(SearchQueries.normalise("x".repeat(79) + " yz")).isEqualTo("x".repeat(79));
    }
}
