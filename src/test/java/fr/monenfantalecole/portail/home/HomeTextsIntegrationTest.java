package fr.monenfantalecole.portail.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.school.AnnuaireImport;
import fr.monenfantalecole.portail.school.TestSchools;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.service.TestGrids;
import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.support.ModuleSlices;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Home texts follow the kind of collectivité and what it offers: no "bientôt", no "à Département". */
@PortailTest
class HomeTextsIntegrationTest {

    static final String[] SCHOOLS = {"9910101A", "9910102B"};

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    @Autowired
    TemporaryCollectivites temporary;

    @Autowired
    AnnuaireImport annuaire;

    @Autowired
    Prestations prestations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterEvents cluster;

    /**
     * The test's own portals, one of each kind: a département (collèges), an intercommunalité, a
     * commune presenting an école and a collège with a price grid, a commune with its écoles only.
     */
    List<Collectivite> portals = List.of();

    @BeforeEach
    void portals() {
        var departement = TestSchools.collectivite(
                collectivites,
                CollectiviteType.DEPARTEMENT,
                "essais-departement",
                "Département des Essais",
                "99",
                null);
        var epci = TestSchools.collectivite(
                collectivites,
                CollectiviteType.EPCI,
                "essais-agglomeration",
                "Vallée-des-Essais Agglomération",
                null,
                null);
        var commune = ModuleSlices.commune(collectivites, "essais-commune", "Bourg-des-Essais", "99101");
        var ecoles = temporary.create("essais-ecoles", "Hameau-des-Essais");
        portals = List.of(ecoles, commune, epci, departement);
        TestSchools.load(
                annuaire,
                commune,
                TestSchools.ecole(SCHOOLS[0], "École publique du Bourg", "99101", "Bourg-des-Essais"),
                TestSchools.college(SCHOOLS[1], "Collège du Bourg", "99101", "Bourg-des-Essais"));
        TestGrids.restauration(prestations, commune.id());
    }

    @AfterEach
    void removePortals() {
        portals.forEach(temporary::delete);
        TestSchools.remove(jdbc, cluster, portals.get(1), SCHOOLS);
    }

    @Test
    void aDepartementSpeaksOfCollegesInCorrectFrench() throws Exception {
        mvc.perform(get("/essais-departement/"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<h1>Mon enfant au collège avec le Département des Essais</h1>")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "les services du Département des Essais pour la scolarité de vos enfants, au collège.")))
                .andExpect(content().string(not(containsString("à Département"))))
                .andExpect(content().string(not(containsString("de la maternelle"))));
    }

    @Test
    void aCommuneAndAnIntercommunaliteSayWhatTheyPresent() throws Exception {
        mvc.perform(get("/essais-commune/"))
                .andExpect(content().string(containsString("<h1>Mon enfant à l'école à Bourg-des-Essais</h1>")))
                .andExpect(content().string(containsString("de la maternelle au collège")));
        mvc.perform(get("/essais-ecoles/"))
                .andExpect(content().string(containsString("à l'école maternelle et élémentaire")));
        mvc.perform(get("/essais-agglomeration/"))
                .andExpect(content().string(containsString("sur le territoire de Vallée-des-Essais Agglomération")));
    }

    @Test
    void noPortalAnnouncesAsComingWhatItAlreadyOffers() throws Exception {
        for (var portal : portals) {
            mvc.perform(get("/" + portal.slug() + "/"))
                    .andExpect(content().string(not(containsString("bientôt"))))
                    .andExpect(content().string(containsString("L'agenda scolaire")));
        }
        mvc.perform(get("/essais-commune/"))
                .andExpect(content().string(containsString("/essais-commune/services/tarifs")));
    }

    @Test
    void namesTakeTheirArticle() {
        org.assertj.core.api.Assertions.assertThat(HomeWording.de("Acigné")).isEqualTo("d'Acigné");
        org.assertj.core.api.Assertions.assertThat(HomeWording.de("Rennes")).isEqualTo("de Rennes");
        org.assertj.core.api.Assertions.assertThat(HomeWording.de("Communauté de communes du Pays de Dol"))
                .isEqualTo("de la Communauté de communes du Pays de Dol");
    }
}
