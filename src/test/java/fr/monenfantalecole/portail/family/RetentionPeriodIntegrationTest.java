package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
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
 * one is saved, journalled and shown to parents on the register page. Another commune's admin cannot set it.
 */
@PortailTest
class RetentionPeriodIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionPeriod period;

    @Autowired
    Collectivites collectivites;

    @OwnCommune
    World w;

    /** Another commune, whose admin cannot set this one's period. */
    @OwnCommune
    World neighbour;

    String page() {
        return "/admin/" + w.slug() + "/familles/conservation";
    }

    @AfterEach
    void restore() {
        period.change(w.id(), RetentionPeriod.DEFAULT_MONTHS);
        collectivites.forget();
    }

    @Test
    void anAgentSetsThePeriodWithinItsBounds() throws Exception {
        var agent = new WebClient(port).signIn(w.admin().email(), World.PASSWORD);
        assertThat(agent.get(page()).body()).contains("value=\"36\"");

        var tooShort = agent.postForm(page(), Map.of("mois", "6"), agent.csrf(page()));
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("Au moins 13 mois", "value=\"6\"", "mois-erreur");
        var tooLong = agent.postForm(page(), Map.of("mois", "120"), agent.csrf(page()));
        assertThat(tooLong.body()).contains("Au plus 72 mois", "value=\"120\"");
        var notANumber = agent.postForm(page(), Map.of("mois", "trois ans"), agent.csrf(page()));
        assertThat(notANumber.statusCode()).isEqualTo(200);
        assertThat(notANumber.body()).contains("Indiquez un nombre entier de mois", "value=\"trois ans\"");
        var empty = agent.postForm(page(), Map.of("mois", ""), agent.csrf(page()));
        assertThat(empty.body()).contains("Indiquez une durée en mois");
        assertThat(period.months(w.id())).isEqualTo(36);

        var saved = agent.postForm(page(), Map.of("mois", "24"), agent.csrf(page()));
        assertThat(saved.headers().firstValue("Location")).hasValue(page() + "?enregistre");
        assertThat(period.months(w.id())).isEqualTo(24);
        assertThat(agent.get(page() + "?enregistre").body()).contains("value=\"24\"", "est enregistrée");
        assertThat(new WebClient(port)
                        .get("/" + w.slug() + "/donnees-personnelles")
                        .body())
                .contains("24 mois");
        assertThat(jdbc.sql("""
                        select count(*) from famille_journal
                         where collectivite_id = :c and action = 'conservation.change' and detail = '24 mois'""").param("c", w.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherCollectivitesAgentCannotSetIt() throws Exception {
        var other = new WebClient(port).signIn(neighbour.admin().email(), World.PASSWORD);
        assertThat(other.get(page()).statusCode()).isIn(403, 404);
        assertThat(period.months(w.id())).isEqualTo(36);
    }
}
