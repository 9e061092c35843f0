package fr.monenfantalecole.portail.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.monenfantalecole.portail.support.PortailTest;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every establishment a demo portal names links to a page that exists: its school lists and its carte scolaire answers. */
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
        assertThat(body("/rennes/ecoles"))
                .contains("Les collèges sont présentés sur le portail « Département d'Ille-et-Vilaine »")
                .contains("href=\"/ille-et-vilaine/ecoles?niveau=college&amp;commune=35238\"");
        assertThat(body("/ille-et-vilaine/ecoles?niveau=college&commune=35238")).contains("Collège");
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
