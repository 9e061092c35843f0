package fr.monenfantalecole.portail.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.LienService;
import fr.monenfantalecole.portail.service.LiensServices;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.service.TestGrids;
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
 * The home pages with the modules whose beans they read ({@code news}, {@code school}, {@code service},
 * {@code tenant}: Modulith's direct dependencies), {@code fiche} and {@code localdata}, which
 * {@code service} needs to start, {@code account}, whose security configuration opens the public pages,
 * and {@code shared}, which the module names only by type; on its own database, without the demo. The
 * test makes two communes, a news item, a tariff grid and an online service for one of them; its home
 * page shows them, the other commune's shows none.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"fiche", "localdata", "account", "shared"})
@AutoConfigureMockMvc
@TestPropertySource(
        properties = {
            "portail.embedded-postgres.data-dir=target/test-postgres/home-module",
            "portail.embedded-postgres.clean=true",
            "management.server.port=0"
        })
class HomeModuleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    @Autowired
    Actualites actualites;

    @Autowired
    Prestations prestations;

    @Autowired
    LiensServices liens;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyHomeAndTheModulesWhoseBeansItUsesAreBootstrapped() {
        assertThat(ModuleSlices.modulesOfBeans(context))
                .containsExactlyInAnyOrder(
                        "home", "news", "school", "service", "fiche", "localdata", "tenant", "account", "shared");
    }

    @Test
    void aCommunesHomePageShowsItsNewsTariffsAndOnlineServicesAndNoOtherCommunes() throws Exception {
        Collectivite commune = ModuleSlices.commune(collectivites, "tranche-accueil", "Acigné-la-Tranche", "35971");
        Collectivite other = ModuleSlices.commune(collectivites, "tranche-accueil-voisine", "Tranchebourg", "35970");
        actualites.create(
                commune.id(), "Rentrée de la tranche", "Ce qui change.", "Texte.", LocalDate.now(clock), null);
        prestations.create(
                commune.id(),
                new Prestations.Saisie(
                        "Restauration scolaire",
                        "le repas",
                        "",
                        "2026-2027",
                        1,
                        TestGrids.cantine(Grille.NonResident.IDENTIQUE, Grille.Fratrie.AUCUNE),
                        false),
                null);
        liens.create(
                commune.id(),
                new LiensServices.Saisie(
                        LienService.Type.TELESERVICE,
                        null,
                        "Inscription à la cantine",
                        "",
                        "Familles",
                        "https://teleservices.tranche.test/cantine",
                        1));
        collectivites.forget();

        mvc.perform(get("/tranche-accueil/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Mon enfant à l'école à Acigné-la-Tranche</h1>")))
                .andExpect(content().string(containsString("services d'Acigné-la-Tranche pour la scolarité")))
                .andExpect(content().string(containsString("Rentrée de la tranche")))
                .andExpect(content().string(containsString("/tranche-accueil/services/tarifs")))
                .andExpect(content().string(containsString("Les démarches en ligne")));
        mvc.perform(get("/tranche-accueil-voisine/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Mon enfant à l'école à Tranchebourg</h1>")))
                .andExpect(content().string(not(containsString("Rentrée de la tranche"))))
                .andExpect(content().string(not(containsString("/services/tarifs"))))
                .andExpect(content().string(not(containsString("Les démarches en ligne"))));
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Acigné-la-Tranche")))
                .andExpect(content().string(containsString("Tranchebourg")));
        mvc.perform(get("/tranche-disparue/")).andExpect(status().isNotFound());
    }
}
