package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
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
    Collectivites collectivites;

    @Test
    void aCommuneNamedVilleDeXReadsItsTownFromItsInseeCode() {
        var fougeres = collectivites.findBySlug("fougeres").orElseThrow();
        var renamed = new fr.monenfantalecole.portail.tenant.Collectivite(
                fougeres.id(),
                fougeres.slug(),
                fougeres.type(),
                "Ville de Fougères",
                fougeres.codeInsee(),
                fougeres.siren(),
                fougeres.academie(),
                fougeres.zoneVacances(),
                fougeres.parentId(),
                fougeres.couleurPrimaire(),
                fougeres.couleurSecondaire(),
                fougeres.siteWeb(),
                fougeres.piedDePage(),
                fougeres.afficherEcoles(),
                fougeres.afficherColleges(),
                fougeres.hasLogo(),
                fougeres.hasBanniere(),
                fougeres.illustration(),
                fougeres.version(),
                fougeres.updatedAt());
        var territory = residence.territory(renamed);
        assertThat(territory.names()).contains("FOUGERES").doesNotContain("VILLE DE FOUGERES");
        assertThat(territory.postcodes()).contains("35300");
        assertThat(territory.includes("Fougères", "35300")).isTrue();
        assertThat(territory.includes("Lécousse", "35133")).isFalse();
    }
}
