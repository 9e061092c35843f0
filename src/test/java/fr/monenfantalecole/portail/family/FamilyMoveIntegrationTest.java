package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Move my account to another collectivité": a Fougères family signed in on Rennes's portal (which
 * does not share Fougères's accounts) is offered to move; once moved, the account and its children
 * belong to Rennes (its agents see it, Fougères's no longer do), and Fougères's portal offers the way
 * back. Nobody signed in moves nothing.
 */
@PortailTest
class FamilyMoveIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    private long portalOf(String email) {
        return jdbc.sql("select collectivite_id from famille_adulte where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private long idOf(String slug) {
        return jdbc.sql("select id from collectivite where slug = :s")
                .param("s", slug)
                .query(Long.class)
                .single();
    }

    @Test
    void aFamilyMovesItsAccountToRennesWithItsChildren() throws Exception {
        String email = "demenagement@famille.test";
        var family = Families.signUp(port, mailbox, "fougeres", email, "Nora", "Demenage");
        long child = Families.addChild(family, "fougeres", "Yanis", "Demenage", "2019-05-02", "ce1");
        long adultId = jdbc.sql("select id from famille_adulte where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();

        var offered = family.get("/rennes/mon-espace");
        assertThat(offered.statusCode()).isEqualTo(200);
        assertThat(offered.body()).contains("Votre compte est rattaché à Fougères", "Rattacher mon compte à Rennes");
        assertThat(family.get("/rennes/mon-espace/foyer").statusCode()).isEqualTo(404);

        var moved = Families.post(family, "/rennes/mon-espace/rattacher", Map.of(), "/rennes/mon-espace");
        assertThat(moved.headers().firstValue("Location")).hasValue("/rennes/mon-espace");
        assertThat(portalOf(email)).isEqualTo(idOf("rennes"));
        assertThat(family.get("/rennes/mon-espace").body()).contains("Bonjour Nora", "Yanis Demenage");
        assertThat(family.get("/rennes/mon-espace/enfants/" + child).statusCode())
                .isEqualTo(200);
        assertThat(family.get("/fougeres/mon-espace").body()).contains("Votre compte est rattaché à Rennes");
        assertThat(jdbc.sql("""
                        select count(*) from famille_journal
                         where adulte_id = :a and action = 'compte.rattache' and collectivite_id = :c""")
                        .param("a", adultId)
                        .param("c", idOf("rennes"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var rennesAgent = new WebClient(port).signIn("admin@rennes.demo", "demo-rennes-2026");
        assertThat(rennesAgent.get("/admin/rennes/familles/" + adultId).statusCode())
                .isEqualTo(200);
        var fougeresAgent = new WebClient(port).signIn("admin@fougeres.demo", "demo-fougeres-2026");
        assertThat(fougeresAgent.get("/admin/fougeres/familles/" + adultId).statusCode())
                .isEqualTo(404);
    }

    @Test
    void nobodySignedInMovesNothing() throws Exception {
        String email = "reste.a.fougeres@famille.test";
        Families.signUp(port, mailbox, "fougeres", email, "Rita", "Reste");
        var stranger = new WebClient(port);
        var refused = Families.post(stranger, "/rennes/mon-espace/rattacher", Map.of(), "/rennes/compte/connexion");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValue("/rennes/compte/connexion");
        assertThat(portalOf(email)).isEqualTo(idOf("fougeres"));
    }
}
