package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Town names as parents type them read the same as the commune's official name. */
class ResidenceTest {

    @Test
    void accentsCaseHyphensAndSaintAreSetAside() {
        assertThat(Residence.fold("ST AUBIN DU CORMIER")).isEqualTo(Residence.fold("Saint-Aubin-du-Cormier"));
        assertThat(Residence.fold("fougeres")).isEqualTo(Residence.fold("Fougères"));
        assertThat(Residence.fold("Ste-Marie")).isEqualTo("SAINTE MARIE");
        assertThat(Residence.fold("Lécousse")).isNotEqualTo(Residence.fold("Fougères"));
        assertThat(Residence.fold("Stinville")).isEqualTo("STINVILLE");
    }
}
