package fr.monenfantalecole.portail.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.monenfantalecole.portail.shared.ClusterEvents;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every establishment a demo portal names links to a page that exists: its school lists and its carte
 * scolaire answers (the demo's own data is the subject). A commune that leaves its collèges to its
 * Département says where they are (on portals of the test's own).
 */
@PortailTest
class EstablishmentLinksIntegrationTest {

    static final String[] PORTALS = {
        "ille-et-vilaine", "fougeres-agglomeration", "fougeres", "rennes", "vitre", "saint-malo"
    };
    static final String[] ADDRESSES = {
        "12 rue Marie de France, 35000 Rennes",
        "12 boulevard de Groslay, 35300 Fougères",
        "22 du Pontel",
        "12 rue Marie de France"
    };
    static final Pattern LINK = Pattern.compile("href=\"(/[a-z0-9-]+/(?:ecoles|structures)(?:/[^\"#]+|\\?[^\"#]+))\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    @Autowired
    TemporaryCollectivites temporary;

    @Autowired
    AnnuaireImport annuaire;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClusterEvents cluster;

    @Test
    void everyEstablishmentLinkOfTheSchoolListsAndCarteScolaireAnswersOpens() throws Exception {
        Set<String> links = new LinkedHashSet<>();
        int answers = 0;
        for (String slug : PORTALS) {
            links.addAll(links(body("/" + slug + "/ecoles")));
            for (String address : ADDRESSES) {
                String answer = mvc.perform(
                                get("/" + slug + "/services/carte-scolaire").param("adresse", address))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                var found = links(answer.substring(Math.max(0, answer.indexOf("id=\"reponse\""))));
                answers += found.size();
                links.addAll(found);
            }
        }
        assertThat(answers).as("carte scolaire answers with an establishment").isPositive();
        assertThat(links)
                .as("Rennes' collèges, from its carte scolaire")
                .anyMatch(l -> l.startsWith("/ille-et-vilaine/ecoles/"));
        assertThat(links).hasSizeGreaterThan(50);
        for (String link : links) {
            int status = mvc.perform(get(link)).andReturn().getResponse().getStatus();
            assertThat(status).as(link).isEqualTo(200);
        }
    }

    @Test
    void aCommuneThatLeavesItsCollegesToTheDepartementSaysWhere() throws Exception {
        var departement = TestSchools.collectivite(
                collectivites, CollectiviteType.DEPARTEMENT, "liens-departement", "Département des Liens", "99", null);
        var commune = TestSchools.collectivite(
                collectivites,
                CollectiviteType.COMMUNE,
                "liens-commune",
                "Liens-sur-Vilaine",
                "99102",
                departement.id());
        try {
            TestSchools.load(
                    annuaire,
                    departement,
                    TestSchools.ecole("9910201C", "École publique des Liens", "99102", "Liens-sur-Vilaine"),
                    TestSchools.college("9910202D", "Collège des Liens", "99102", "Liens-sur-Vilaine"));
            assertThat(body("/liens-commune/ecoles"))
                    .contains("Les collèges sont présentés sur le portail « Département des Liens »")
                    .contains("href=\"/liens-departement/ecoles?niveau=college&amp;commune=99102\"");
            assertThat(body("/liens-departement/ecoles?niveau=college&commune=99102"))
                    .contains("Collège");
        } finally {
            temporary.delete(commune);
            temporary.delete(departement);
            TestSchools.remove(jdbc, cluster, departement, "9910201C", "9910202D");
        }
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    private static Set<String> links(String html) {
        Set<String> found = new LinkedHashSet<>();
        var m = LINK.matcher(html);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }
}
