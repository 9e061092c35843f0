package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A commune name's folding, pinned before it moved onto {@code shared.Folding}. */
class ResidenceFoldTest {

    @Test
    void separatorsAndSaints() {
        assertThat(Residence.fold("Saint-Aubin-du-Cormier")).isEqualTo("SAINT AUBIN DU CORMIER");
        assertThat(Residence.fold("St-Jean")).isEqualTo("SAINT JEAN");
        assertThat(Residence.fold("L'Hermitage")).isEqualTo("L HERMITAGE");
        assertThat(Residence.fold("Stinville")).isEqualTo("STINVILLE");
    }

    @Test
    void onlyAsciiLettersAndDigitsKept() {
        // Unlike the street folding, a ligature is no letter here: both sides of a comparison fold alike.
        assertThat(Residence.fold("Cœuvres-et-Valsery")).isEqualTo("C UVRES ET VALSERY");
        assertThat(Residence.fold("  Plœmeur ")).isEqualTo("PL MEUR");
        assertThat(Residence.fold("Æ")).isEmpty();
        assertThat(Residence.fold("Straße")).isEqualTo("STRASSE");
        assertThat(Residence.fold("Ōsaka")).isEqualTo("OSAKA");
    }
}
