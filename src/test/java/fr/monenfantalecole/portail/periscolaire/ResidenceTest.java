package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Town names as parents type them read the same as the commune's official name; postcodes tell namesakes apart. */
class ResidenceTest {

    @Test
    void accentsCaseHyphensAndSaintAreSetAside() {
        assertThat(Residence.fold("ST AUBIN DU CORMIER")).isEqualTo(Residence.fold("Saint-Aubin-du-Cormier"));
        assertThat(Residence.fold("fougeres")).isEqualTo(Residence.fold("Fougères"));
        assertThat(Residence.fold("Ste-Marie")).isEqualTo("SAINTE MARIE");
        assertThat(Residence.fold("Lécousse")).isNotEqualTo(Residence.fold("Fougères"));
        assertThat(Residence.fold("Stinville")).isEqualTo("STINVILLE");
    }

    @Test
    void aTownOfTheTerritoryAtOneOfItsPostcodesIsResident() {
        var fougeres = new Residence.Communes(Set.of("FOUGERES"), Set.of("35300"));
        assertThat(fougeres.includes("Fougères", "35300")).isTrue();
        assertThat(fougeres.includes("FOUGERES CEDEX", "35300")).isTrue();
        assertThat(fougeres.includes("Fougères", "")).isTrue();
        // A namesake elsewhere (Fougères-sur-Bièvre's postcode) and a neighbour at the same postcode.
        assertThat(fougeres.includes("Fougères", "41120")).isFalse();
        assertThat(fougeres.includes("Lécousse", "35300")).isFalse();
        // A territory that names no commune prices everyone as resident.
        assertThat(new Residence.Communes(Set.of(), Set.of()).includes("Lécousse", "35133"))
                .isTrue();
    }
}
