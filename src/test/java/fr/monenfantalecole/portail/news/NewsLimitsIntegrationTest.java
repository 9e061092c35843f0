package fr.monenfantalecole.portail.news;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Over real HTTP (Tomcat's form limits): a news that is too long or dated in year 9999 comes back to its author. */
@PortailTest
class NewsLimitsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aBodyOfMoreThanTwoMegabytesComesBackWithWhatWasTypedAndTheLimit() throws Exception {
        try (var w = fixtures.commune()) {
            tooLong(signedIn(w), "/admin/" + w.slug() + "/actualites/nouvelle");
        }
    }

    @Test
    void aPublicationInYearZeroOrNineThousandIsRefusedInFrench() throws Exception {
        try (var w = fixtures.commune()) {
            outOfRange(signedIn(w), "/admin/" + w.slug() + "/actualites/nouvelle");
        }
    }

    /** The commune's admin, signed in through the login form. */
    private WebClient signedIn(World w) throws Exception {
        return new WebClient(port).signIn(w.admin().email(), w.admin().password());
    }

    private void tooLong(WebClient web, String form) throws Exception {
        String huge = "Un très long compte rendu. ".repeat(90_000);
        assertThat(huge.length()).isGreaterThan(2 * 1024 * 1024);

        var answer = web.postMultipart(
                form,
                Map.of(
                        "titre",
                        "Compte rendu du conseil",
                        "resume",
                        "Le conseil d'école du 3 mars.",
                        "corps",
                        huge,
                        "publieLe",
                        "03/03/2026",
                        "imageAlt",
                        ""),
                web.csrf(form));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("Le texte est trop long : 100\u202f000 caractères au plus")
                .contains("value=\"Compte rendu du conseil\"")
                .contains("Un très long compte rendu.");
        assertThat(jdbc.sql("select count(*) from actualite where titre = 'Compte rendu du conseil'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void outOfRange(WebClient web, String form) throws Exception {
        for (String date : new String[] {"01/01/0000", "31/12/9999"}) {
            var answer = web.postMultipart(
                    form,
                    Map.of(
                            "titre",
                            "Actualité de l'an " + date,
                            "resume",
                            "Résumé.",
                            "corps",
                            "Texte.",
                            "publieLe",
                            date,
                            "imageAlt",
                            ""),
                    web.csrf(form));
            assertThat(answer.statusCode()).as(date).isEqualTo(200);
            assertThat(answer.body())
                    .as(date)
                    .contains("La date de publication doit être comprise entre le 01/01/2000 et le 31/12/");
        }
        assertThat(jdbc.sql("select count(*) from actualite where publie_le < '2000-01-01' or publie_le > '2100-01-01'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
