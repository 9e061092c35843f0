package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commune's territory for the non-resident rule comes from its INSEE code (the communes its
 * establishments are in, with their postcodes), not from the collectivité's name: a portal named
 * "Ville de Fougères" still knows its families of Fougères as residents.
 */
@PortailTest
class ResidenceIntegrationTest {

    @Autowired
    Residence residence;

    @Autowired
    Fixtures fixtures;

    @Test
    void aCommuneNamedVilleDeXReadsItsTownFromItsInseeCode() {
        try (var w = fixtures.commune("essai-35115", "Ville de Fougères", "35115")) {
            var territory = residence.territory(w.collectivite());
            assertThat(territory.names()).contains("FOUGERES").doesNotContain("VILLE DE FOUGERES");
            assertThat(territory.postcodes()).contains("35300");
            assertThat(territory.includes("Fougères", "35300")).isTrue();
            assertThat(territory.includes("Lécousse", "35133")).isFalse();
        }
    }
}
