package fr.monenfantalecole.portail.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over real HTTP, each visit from a new browser: families who only read pages or use the calculator
 * get no session (each one was a database row kept eight hours).
 */
@PortailTest
class AnonymousSessionsIntegrationTest {

    static final List<String> PAGES = List.of(
            "/",
            "/services/quotient-familial",
            "/questions",
            "/ecoles",
            "/actualites",
            "/agenda",
            "/services/carte-scolaire",
            "/services/tarifs",
            "/recherche?q=cantine",
            "/services");

    /** A commune with a school and a priced cantine, so that every page has something to show. */
    @OwnCommune
    World w;

    @Autowired
    Prestations prestations;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousVisitsAndCalculationsCreateNoSession() throws Exception {
        w.school("École des Sessions");
        TestGrids.restauration(prestations, w.id());
        long before = sessions();
        var cookies = new java.util.TreeSet<String>();
        for (int visit = 0; visit < 10; visit++) {
            for (String path : PAGES) {
                String page = "/" + w.slug() + path;
                var answer = new WebClient(port).get(page);
                assertThat(answer.statusCode()).as(page).isEqualTo(200);
                if (answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("PORTAIL_SESSION="))) {
                    cookies.add(page);
                }
            }
        }
        var calculation = new WebClient(port)
                .postForm(
                        "/" + w.slug() + "/services/quotient-familial",
                        Map.of(
                                "source",
                                "calcul",
                                "methode",
                                "caf",
                                "revenus",
                                "32000",
                                "prestations",
                                "150",
                                "adultes",
                                "2",
                                "enfants",
                                "2",
                                "enfantsHandicapes",
                                "0"),
                        "");
        assertThat(calculation.statusCode()).isEqualTo(200);
        assertThat(calculation.body()).contains("Votre quotient familial");
        if (calculation.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("PORTAIL_SESSION="))) {
            cookies.add("POST /" + w.slug() + "/services/quotient-familial");
        }
        long created = sessions() - before;
        assertThat(created)
                .as(
                        "sessions créées par %d visites anonymes (cookie de session posé par %s)",
                        10 * PAGES.size() + 1, cookies)
                .isZero();
        assertThat(cookies).isEmpty();
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
