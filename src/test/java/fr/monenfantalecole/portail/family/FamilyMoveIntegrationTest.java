package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Move my account to another collectivité": a family of one commune signed in on another's portal
 * (which does not share the first one's accounts) is offered to move; once moved, the account and its
 * children belong to the second (its agents see it, the first one's no longer do), and the first one's
 * portal offers the way back. Nobody signed in moves nothing.
 */
@PortailTest
class FamilyMoveIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    /** The commune the family signs up at. */
    @OwnCommune
    World from;

    /** The commune it moves to. */
    @OwnCommune
    World to;

    private long portalOf(String email) {
        return jdbc.sql("select collectivite_id from famille_adulte where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    @Test
    void aFamilyMovesItsAccountToAnotherCommuneWithItsChildren() throws Exception {
        String email = "demenagement@famille.test";
        var family = Families.signUp(port, mailbox, from.slug(), email, "Nora", "Demenage");
        long child = Families.addChild(family, from.slug(), "Yanis", "Demenage", "2019-05-02", "ce1");
        long adultId = jdbc.sql("select id from famille_adulte where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();

        var offered = family.get("/" + to.slug() + "/mon-espace");
        assertThat(offered.statusCode()).isEqualTo(200);
        assertThat(offered.body())
                .contains("Votre compte est rattaché à " + from.nom(), "Rattacher mon compte à " + to.nom());
        assertThat(family.get("/" + to.slug() + "/mon-espace/foyer").statusCode())
                .isEqualTo(404);

        var moved = Families.post(
                family, "/" + to.slug() + "/mon-espace/rattacher", Map.of(), "/" + to.slug() + "/mon-espace");
        assertThat(moved.headers().firstValue("Location")).hasValue("/" + to.slug() + "/mon-espace");
        assertThat(portalOf(email)).isEqualTo(to.id());
        assertThat(family.get("/" + to.slug() + "/mon-espace").body()).contains("Bonjour Nora", "Yanis Demenage");
        assertThat(family.get("/" + to.slug() + "/mon-espace/enfants/" + child).statusCode())
                .isEqualTo(200);
        assertThat(family.get("/" + from.slug() + "/mon-espace").body())
                .contains("Votre compte est rattaché à " + to.nom());
        assertThat(jdbc.sql("""
                        select count(*) from famille_journal
                         where adulte_id = :a and action = 'compte.rattache' and collectivite_id = :c""")
                        .param("a", adultId)
                        .param("c", to.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var newAgent = new WebClient(port).signIn(to.admin().email(), World.PASSWORD);
        assertThat(newAgent.get("/admin/" + to.slug() + "/familles/" + adultId).statusCode())
                .isEqualTo(200);
        var formerAgent = new WebClient(port).signIn(from.admin().email(), World.PASSWORD);
        assertThat(formerAgent
                        .get("/admin/" + from.slug() + "/familles/" + adultId)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void nobodySignedInMovesNothing() throws Exception {
        String email = "reste.sur.place@famille.test";
        Families.signUp(port, mailbox, from.slug(), email, "Rita", "Reste");
        var stranger = new WebClient(port);
        var refused = Families.post(
                stranger, "/" + to.slug() + "/mon-espace/rattacher", Map.of(), "/" + to.slug() + "/compte/connexion");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValue("/" + to.slug() + "/compte/connexion");
        assertThat(portalOf(email)).isEqualTo(from.id());
    }
}
