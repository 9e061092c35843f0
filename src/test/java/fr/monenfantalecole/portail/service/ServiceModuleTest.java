package fr.monenfantalecole.portail.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

/**
 * The service module with the modules whose beans it uses ({@code fiche}, {@code school},
 * {@code tenant}, {@code shared}: Modulith's direct dependencies) and {@code localdata}, which
 * {@code fiche} needs to start; on its own database, without the demo. The test makes its commune
 * and a tariff grid; the price a family reads is the tranche of its quotient, and another commune
 * has no grid.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "localdata")
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/service-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class ServiceModuleTest {

    private static final String YEAR = "2026-2027";

    @Autowired
    Prestations prestations;

    @Autowired
    Tarifs tarifs;

    @Autowired
    Collectivites collectivites;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyServiceAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder("service", "fiche", "localdata", "school", "tenant", "shared");
    }

    @Test
    void aFamilyPaysTheTrancheOfItsQuotientInItsOwnCommuneOnly(AssertablePublishedEvents events) {
        Collectivite commune = ModuleSlices.commune(collectivites, "tranche-services", "Tranche des services", "35989");
        Collectivite other = ModuleSlices.commune(
                collectivites, "tranche-services-voisine", "Tranche voisine des services", "35988");
        var grille = TestGrids.cantine(Grille.NonResident.IDENTIQUE, Grille.Fratrie.AUCUNE);
        assertThat(grille.errors()).isEmpty();
        prestations.create(
                commune.id(),
                new Prestations.Saisie("Restauration scolaire", "le repas", "", YEAR, 1, grille, false),
                null);

        var calculs = tarifs.prix(commune.id(), YEAR, Tarification.Demande.of(65_000L));

        assertThat(calculs).hasSize(1);
        assertThat(calculs.getFirst().prestation().nom()).isEqualTo("Restauration scolaire");
        assertThat(calculs.getFirst().prix().centimes()).isEqualTo(280);
        assertThat(calculs.getFirst().prix().tranche()).isEqualTo(1);
        assertThat(tarifs.prix(commune.id(), YEAR, Tarification.Demande.of(null)))
                .extracting(calcul -> calcul.prix().centimes())
                .containsExactly(410L);
        assertThat(tarifs.annees(other.id())).isEmpty();
        assertThat(tarifs.prix(other.id(), YEAR, Tarification.Demande.of(65_000L)))
                .isEmpty();
        assertThat(events)
                .contains(Prestations.Changed.class)
                .matching(Prestations.Changed::collectiviteId, commune.id());
    }
}
