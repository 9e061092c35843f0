package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The collectivité's agent sets the retention period of inactive family accounts: a value outside
 * 13–72 months or not a number is refused in French next to the field, what was typed kept; a right
 * one is saved, journalled and shown to parents on the register page. Rennes cannot set Fougères's.
 */
@PortailTest
class RetentionPeriodIntegrationTest {

    private static final String PAGE = "/admin/fougeres/familles/conservation";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionPeriod period;

    @Autowired
    Collectivites collectivites;

    long fougeres() {
        return jdbc.sql("select id from collectivite where slug = 'fougeres'")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void restore() {
        period.change(fougeres(), RetentionPeriod.DEFAULT_MONTHS);
        collectivites.forget();
    }

    @Test
    void anAgentSetsThePeriodWithinItsBounds() throws Exception {
        var agent = new WebClient(port).signIn("admin@fougeres.demo", "demo-fougeres-2026");
        assertThat(agent.get(PAGE).body()).contains("value=\"36\"");

        var tooShort = agent.postForm(PAGE, Map.of("mois", "6"), agent.csrf(PAGE));
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("Au moins 13 mois", "value=\"6\"", "mois-erreur");
        var tooLong = agent.postForm(PAGE, Map.of("mois", "120"), agent.csrf(PAGE));
        assertThat(tooLong.body()).contains("Au plus 72 mois", "value=\"120\"");
        var notANumber = agent.postForm(PAGE, Map.of("mois", "trois ans"), agent.csrf(PAGE));
        assertThat(notANumber.statusCode()).isEqualTo(200);
        assertThat(notANumber.body()).contains("Indiquez un nombre entier de mois", "value=\"trois ans\"");
        var empty = agent.postForm(PAGE, Map.of("mois", ""), agent.csrf(PAGE));
        assertThat(empty.body()).contains("Indiquez une durée en mois");
        assertThat(period.months(fougeres())).isEqualTo(36);

        var saved = agent.postForm(PAGE, Map.of("mois", "24"), agent.csrf(PAGE));
        assertThat(saved.headers().firstValue("Location")).hasValue(PAGE + "?enregistre");
        assertThat(period.months(fougeres())).isEqualTo(24);
        assertThat(agent.get(PAGE + "?enregistre").body()).contains("value=\"24\"", "est enregistrée");
        assertThat(new WebClient(port).get("/fougeres/donnees-personnelles").body())
                .contains("24 mois");
        assertThat(jdbc.sql("""
                        select count(*) from famille_journal
                         where collectivite_id = :c and action = 'conservation.change' and detail = '24 mois'""").param("c", fougeres()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anotherCollectivitesAgentCannotSetIt() throws Exception {
        var rennes = new WebClient(port).signIn("admin@rennes.demo", "demo-rennes-2026");
        assertThat(rennes.get(PAGE).statusCode()).isIn(403, 404);
        assertThat(period.months(fougeres())).isEqualTo(36);
    }
}
