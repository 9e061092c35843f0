package fr.monenfantalecole.portail.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The search module with the modules whose beans it reads (Modulith's direct dependencies:
 * {@code agenda}, {@code fiche}, {@code localdata}, {@code news}, {@code school}, {@code sector},
 * {@code tenant}, {@code shared}), on its own database, without the demo: the national catalogue
 * that {@code fiche} loads at its first start, and the communes and news item the test makes. A
 * commune's parents find its news item and the national sheets; another commune's do not find it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/search-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class SearchModuleTest {

    @Autowired
    SearchService search;

    @Autowired
    Actualites actualites;

    @Autowired
    Collectivites collectivites;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void onlySearchAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder(
                        "search", "agenda", "fiche", "localdata", "news", "school", "sector", "tenant", "shared");
    }

    @Test
    void aCommunesParentsFindItsNewsAndTheNationalSheetsAndNoOtherCommunesNews() {
        Collectivite commune =
                ModuleSlices.commune(collectivites, "tranche-recherche", "Tranche de la recherche", "35983");
        Collectivite other =
                ModuleSlices.commune(collectivites, "tranche-recherche-voisine", "Tranche voisine", "35982");
        actualites.create(
                commune.id(),
                "Le carnaval des zèbres",
                "Défilé costumé.",
                "Les zèbres défilent dans la cour.",
                LocalDate.now(clock).minusDays(1),
                null);

        search.rebuildNow();
        var index = search.index();

        assertThat(index.search(search.scope(commune), "carnaval zèbres", 5))
                .extracting(SearchIndex.Hit::title)
                .first()
                .isEqualTo("Le carnaval des zèbres");
        assertThat(index.search(search.scope(other), "carnaval zèbres", 5))
                .extracting(SearchIndex.Hit::title)
                .doesNotContain("Le carnaval des zèbres");
        var cantine = index.search(search.scope(other), "cantine prix", 5);
        assertThat(cantine).isNotEmpty();
        assertThat(cantine.getFirst().kind()).isEqualTo(SearchDocument.Kind.FICHE);
    }
}
