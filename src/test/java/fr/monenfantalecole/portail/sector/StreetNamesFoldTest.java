package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The street folding's edge cases, pinned before it moved onto {@code shared.Folding}. */
class StreetNamesFoldTest {

    @Test
    void accentsCaseAndSeparatorsAside() {
        assertThat(StreetNames.fold("12 bd du Maréchal-Leclerc")).isEqualTo("12 BD DU MARECHAL LECLERC");
        assertThat(StreetNames.fold("Rue de l’Église")).isEqualTo("RUE DE L EGLISE");
        assertThat(StreetNames.fold("Chemin d'en Haut/Bas")).isEqualTo("CHEMIN D EN HAUT BAS");
        assertThat(StreetNames.fold("Rue Saint-Exupéry (bis)")).isEqualTo("RUE SAINT EXUPERY BIS");
        assertThat(StreetNames.fold("  allée   des\tTilleuls ")).isEqualTo("ALLEE DES TILLEULS");
        assertThat(StreetNames.fold("rue du 8-Mai-1945")).isEqualTo("RUE DU 8 MAI 1945");
        assertThat(StreetNames.fold("e\u0301cole")).isEqualTo("ECOLE");
    }

    @Test
    void ligaturesAndOtherLetters() {
        // Œ is read as O (as the rules files write it), Æ as AE, ß as SS; a sign that is no letter is a space.
        assertThat(StreetNames.fold("Place du Sacré-Cœur")).isEqualTo("PLACE DU SACRE COUR");
        assertThat(StreetNames.fold("ŒUVRE")).isEqualTo("OUVRE");
        assertThat(StreetNames.fold("æGIR")).isEqualTo("AEGIR");
        assertThat(StreetNames.fold("Straße")).isEqualTo("STRASSE");
        assertThat(StreetNames.fold("Ōsaka №3")).isEqualTo("OSAKA 3");
    }
}
