package fr.monenfantalecole.portail.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

/**
 * The school module with the modules whose beans it uses ({@code tenant}, {@code shared}:
 * Modulith's direct dependencies; {@code account} only lends it types), on its own database: no demo, no module that adds to a school's page. The test
 * makes its commune and imports its own two-line Annuaire, and the commune's portal presents its
 * école and not the collège, which is the Département's.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/school-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class SchoolModuleTest {

    @Autowired
    AnnuaireImport annuaire;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    Etablissements etablissements;

    @Autowired
    Collectivites collectivites;

    @Autowired
    ApplicationContext context;

    @Test
    void onlySchoolAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context)).containsExactlyInAnyOrder("school", "tenant", "shared");
    }

    @Test
    void anImportedEcoleIsPresentedByItsCommuneAndTheCollegeIsLeftToTheDepartement(AssertablePublishedEvents events) {
        Collectivite commune = commune("tranche-ecoles", "Tranche des écoles", "35999");
        String csv = AnnuaireCsvTest.HEADER
                + "0359901A;École publique de la tranche;Ecole;Public;1 rue des Tests;35999;35999;Tranche;1;1;48.1;-1.6;OUVERT\r\n"
                + "0359902B;Collège de la tranche;Collège;Public;2 rue des Tests;35999;35999;Tranche;0;0;48.1;-1.6;OUVERT\r\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        var scope = AnnuaireScope.of(commune, collectivites.territory(commune));

        var preview = annuaire.preview(file, scope);
        assertThat(preview.applicable()).isTrue();
        assertThat(preview.added()).extracting(Etablissement::uai).containsExactly("0359901A");
        assertThat(etablissements.find("0359901A")).isEmpty();

        annuaire.apply(file, scope, commune.id(), "annuaire-tranche.csv", null);

        assertThat(etablissements.find("0359901A")).isPresent();
        assertThat(etablissements.find("0359902B")).isEmpty();
        assertThat(directory.presented(commune)).extracting(Etablissement::uai).containsExactly("0359901A");
        assertThat(directory.page(commune, "0359901a").nom()).isEqualTo("École publique de la tranche");
        assertThat(events)
                .contains(Etablissements.Changed.class)
                .matching(Etablissements.Changed::collectiviteId, commune.id());

        Collectivite other = commune("tranche-ailleurs", "Tranche d'ailleurs", "35998");
        assertThat(directory.presented(other)).isEmpty();
        assertThatThrownBy(() -> directory.page(other, "0359901A")).isInstanceOf(NotFoundException.class);
    }

    private Collectivite commune(String slug, String nom, String codeInsee) {
        return ModuleSlices.commune(collectivites, slug, nom, codeInsee);
    }
}
