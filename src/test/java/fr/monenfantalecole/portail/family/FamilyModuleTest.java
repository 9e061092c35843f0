package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The family module with the modules whose beans it uses (Modulith's direct dependencies:
 * {@code account}, {@code agenda}, {@code mail}, {@code news}, {@code school}, {@code sector},
 * {@code tenant}, {@code shared}), on its own database, without the demo. The test makes its communes, a parent
 * and a child; the commune's agents find the family by the child's first name, another commune's
 * agents do not, and the e-mail address opens one account only.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/family-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class FamilyModuleTest {

    @Autowired
    Adults adults;

    @Autowired
    Children children;

    @Autowired
    FamilyDirectory directory;

    @Autowired
    FamilySpace space;

    @Autowired
    Collectivites collectivites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyFamilyAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder(
                        "family", "account", "agenda", "mail", "news", "school", "sector", "tenant", "shared");
    }

    @Test
    void aCommunesAgentsFindItsFamilyByTheChildsNameAndNoOtherCommunesAgents() {
        Collectivite commune = ModuleSlices.commune(collectivites, "tranche-familles", "Tranche des familles", "35979");
        Collectivite other = ModuleSlices.commune(
                collectivites, "tranche-familles-voisine", "Tranche voisine des familles", "35978");
        long parent =
                adults.create(newAdult(commune, "parent@tranche-familles.test")).orElseThrow();
        assertThat(adults.create(newAdult(commune, "Parent@Tranche-Familles.test")))
                .isEmpty();
        children.add(
                parent,
                new Children.ChildData(
                        "Tranchet", "Philomène", LocalDate.of(2019, 3, 14), "F", null, "CP", "2026-2027", false));

        assertThat(directory.search(space.managedBy(commune), "philomène"))
                .singleElement()
                .satisfies(found -> {
                    assertThat(found.id()).isEqualTo(parent);
                    assertThat(found.nom()).isEqualTo("Camille Tranchet");
                    assertThat(found.enfants()).isEqualTo("Philomène Tranchet");
                });
        assertThat(directory.search(space.managedBy(other), "philomène")).isEmpty();
    }

    @Test
    void anAgentFindsAFamilyByThePartOfItsChildsSchoolNameThatSchoolGives() {
        Collectivite commune = ModuleSlices.commune(
                collectivites, "tranche-familles-ecoles", "Tranche des écoles des familles", "35977");
        // The school module imports establishments from the Annuaire's file; the slice has none, so one row is written.
        jdbc.sql("""
                insert into etablissement (uai, nom, type, code_commune, nom_commune, empreinte)
                values ('0359903C', 'École élémentaire Jules Tranchebois', 'Ecole', '35977', 'Tranche', 'x')""").update();
        long parent =
                adults.create(newAdult(commune, "ecole@tranche-familles.test")).orElseThrow();
        children.add(
                parent,
                new Children.ChildData(
                        "Tranchet", "Anatole", LocalDate.of(2018, 5, 2), "M", "0359903C", "CE1", "2026-2027", false));

        assertThat(directory.search(space.managedBy(commune), "jules tranchebois"))
                .singleElement()
                .satisfies(found -> {
                    assertThat(found.id()).isEqualTo(parent);
                    assertThat(found.enfants()).isEqualTo("Anatole Tranchet (École élémentaire Jules Tranchebois)");
                });
        assertThat(directory.search(space.managedBy(commune), "0359903c")).hasSize(1);
        assertThat(directory.search(space.managedBy(commune), "jules ferry")).isEmpty();
    }

    private static Adults.NewAdult newAdult(Collectivite commune, String email) {
        return new Adults.NewAdult(commune.id(), email, null, "Tranchet", "Camille", "2026-12", null, null);
    }
}
