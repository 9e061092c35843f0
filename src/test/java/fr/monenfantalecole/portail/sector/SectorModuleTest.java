package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

/**
 * The carte scolaire module with the modules whose beans it uses ({@code school}, {@code tenant},
 * {@code shared}: Modulith's direct dependencies; {@code account} only lends it types), on its own
 * database: the test makes its commune and gives it one
 * rule; the address finds its school on that commune's portal and on no other.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/sector-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class SectorModuleTest {

    @Autowired
    CarteScolaire carte;

    @Autowired
    SectorRules rules;

    @Autowired
    Collectivites collectivites;

    @Autowired
    ApplicationContext context;

    @Test
    void onlySectorAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder("sector", "school", "tenant", "shared");
    }

    @Test
    void aRuleOfTheCommuneAnswersItsAddressesOnItsPortalOnly(AssertablePublishedEvents events) {
        Collectivite commune = commune("tranche-carte", "Tranche de la carte", "35995");
        Collectivite other = commune("tranche-carte-voisine", "Tranche voisine de la carte", "35994");
        var rule = new SectorRule(
                0,
                "maternelle",
                "35995",
                "Tranche",
                "35995",
                null,
                "IMPASSE DES ESSAIS VIVANTS",
                1,
                null,
                99,
                null,
                "PI",
                "0359904D",
                false);

        rules.replace(commune.id(), List.of("maternelle"), List.of(rule));

        assertThat(rules.count(commune.id())).isEqualTo(1);
        assertThat(rules.communesOf(commune.id())).containsExactly("35995");
        assertThat(carte.lookup(commune, "7 impasse des Essais Vivants", "maternelle")
                        .resultats())
                .extracting(CarteScolaire.School::uai)
                .containsExactly("0359904D");
        assertThat(carte.lookup(other, "7 impasse des Essais Vivants", "maternelle")
                        .resultats())
                .isEmpty();
        assertThat(events)
                .contains(SectorRules.Changed.class)
                .matching(SectorRules.Changed::collectiviteId, commune.id());
    }

    private Collectivite commune(String slug, String nom, String codeInsee) {
        return ModuleSlices.commune(collectivites, slug, nom, codeInsee);
    }
}
