package fr.monenfantalecole.portail.fiche;

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
 * The fiche module with the modules whose beans it uses ({@code localdata}, {@code tenant},
 * {@code shared}: Modulith's direct dependencies; {@code account} only lends it types), on its own
 * database: the national catalogue it loads at its first
 * start, and the communes and local sheet the test makes. A collectivité's own sheet and the national
 * one it hides change its list of questions-réponses and no other's.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/fiche-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class FicheModuleTest {

    @Autowired
    QuestionsReponses questions;

    @Autowired
    LocalFiches localFiches;

    @Autowired
    HiddenFiches hidden;

    @Autowired
    Themes themes;

    @Autowired
    Collectivites collectivites;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyFicheAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder("fiche", "localdata", "tenant", "shared");
    }

    @Test
    void aLocalSheetAndAHiddenNationalOneChangeOnlyTheirCollectivitesList(AssertablePublishedEvents events) {
        Collectivite commune = ModuleSlices.commune(collectivites, "tranche-fiches", "Tranche des fiches", "35993");
        Collectivite other =
                ModuleSlices.commune(collectivites, "tranche-fiches-voisine", "Tranche voisine des fiches", "35992");
        var theme = themes.all().getFirst();
        var national = questions.all(other, "/tranche-fiches-voisine").stream()
                .map(listed -> listed.summary().ref())
                .filter(ref -> FicheKey.parse(ref).orElseThrow() instanceof FicheKey.National)
                .findFirst()
                .orElseThrow();

        long id = localFiches.create(
                commune.id(),
                theme.id(),
                Niveau.MATERNELLE,
                "Les horaires de la garderie de la tranche",
                "Le matin dès 7 h 30.",
                "Le soir jusqu'à 18 h 30.",
                true,
                null);
        hidden.hide(commune.id(), national);

        String local = new FicheKey.Local(id).ref();
        assertThat(questions.all(commune, "/tranche-fiches"))
                .extracting(listed -> listed.summary().ref())
                .contains(local)
                .doesNotContain(national);
        assertThat(questions.page(commune, "/tranche-fiches", local).titre())
                .isEqualTo("Les horaires de la garderie de la tranche");
        assertThat(questions.all(other, "/tranche-fiches-voisine"))
                .extracting(listed -> listed.summary().ref())
                .contains(national)
                .doesNotContain(local);
        assertThat(events)
                .contains(LocalFiches.Changed.class)
                .matching(LocalFiches.Changed::collectiviteId, commune.id());
        assertThat(events)
                .contains(HiddenFiches.Changed.class)
                .matching(HiddenFiches.Changed::collectiviteId, commune.id());
    }
}
