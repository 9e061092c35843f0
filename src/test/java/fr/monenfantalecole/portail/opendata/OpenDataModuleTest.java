package fr.monenfantalecole.portail.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The open formats with the modules whose beans they read ({@code agenda}, {@code fiche},
 * {@code news}, {@code school}, {@code tenant}, {@code shared}: Modulith's direct dependencies),
 * {@code localdata}, which {@code fiche} needs to start, {@code account}, whose security
 * configuration opens the public API, and {@code shared}, which the module names only by type (so that
 * Modulith leaves it out) but whose embedded PostgreSQL every module needs; on its own database,
 * without the demo. The test makes its
 * communes and a local news item; the JSON API lists it for its commune only.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"localdata", "account", "shared"})
@AutoConfigureMockMvc
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/opendata-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class OpenDataModuleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Actualites actualites;

    @Autowired
    Collectivites collectivites;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyOpenDataAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder(
                        "opendata", "agenda", "fiche", "localdata", "news", "school", "tenant", "account", "shared");
    }

    @Test
    void theNewsApiListsACommunesOwnNewsAndNoOtherCommunes() throws Exception {
        Collectivite commune =
                ModuleSlices.commune(collectivites, "tranche-ouverte", "Tranche des données ouvertes", "35985");
        ModuleSlices.commune(collectivites, "tranche-ouverte-voisine", "Tranche voisine ouverte", "35984");
        long news = actualites.create(
                commune.id(),
                "Fête de la tranche",
                "Résumé.",
                "**Corps**.",
                LocalDate.now(clock).minusDays(1),
                null);

        mvc.perform(get("/api/v1/tranche-ouverte/actualites"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actualites[*].title").value(contains("Fête de la tranche")));
        mvc.perform(get("/api/v1/tranche-ouverte/actualites/" + news))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bodyHtml").value(containsString("<strong>Corps</strong>")));
        mvc.perform(get("/api/v1/tranche-ouverte-voisine/actualites"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actualites").isEmpty());
        mvc.perform(get("/api/v1/tranche-ouverte-voisine/actualites/" + news))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.erreur").exists());
        mvc.perform(get("/api/v1/atlantis/actualites"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.erreur").value("Collectivité inconnue : atlantis"));
    }
}
