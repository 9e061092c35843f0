package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What protects a family account between sign-ins (issue 14, requirement 1): a password change ends
 * the other sessions, password guessing is slowed down whatever the case or blanks of the address,
 * and the personal agenda feed opens with its secret only, until revoked.
 */
@PortailTest
class FamilySessionsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    @OwnCommune
    World w;

    /** Another commune, whose portal must not open this one's feed. */
    @OwnCommune
    World neighbour;

    @AfterEach
    void forgetAttempts() {
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        var phone = Families.signUp(port, mailbox, w.slug(), "sessions@famille.test", "Iris", "Sessions");
        var computer = Families.signIn(port, w.slug(), "sessions@famille.test", Families.PASSWORD);
        assertThat(computer.get("/" + w.slug() + "/mon-espace").statusCode()).isEqualTo(200);
        String newPassword = "girafe-bleue-dans-le-grenier";
        var changed = Families.post(
                phone,
                "/" + w.slug() + "/mon-espace/compte/mot-de-passe",
                Map.of("actuel", Families.PASSWORD, "motDePasse", newPassword, "confirmation", newPassword),
                "/" + w.slug() + "/mon-espace/compte");
        assertThat(changed.headers().firstValue("Location"))
                .hasValue("/" + w.slug() + "/mon-espace/compte?motDePasseChange");
        assertThat(phone.get("/" + w.slug() + "/mon-espace").statusCode()).isEqualTo(200);
        assertThat(computer.get("/" + w.slug() + "/mon-espace").headers().firstValue("Location"))
                .hasValue("/" + w.slug() + "/compte/connexion");
        Families.signIn(port, w.slug(), "sessions@famille.test", newPassword);
        assertThat(jdbc.sql("""
                        select count(*) from famille_journal j join famille_adulte a on a.id = j.adulte_id
                         where a.email = 'sessions@famille.test' and j.action = 'mot-de-passe.change'""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void guessingIsSlowedDownWhateverTheCaseOrBlanksOfTheAddress() throws Exception {
        Families.signUp(port, mailbox, w.slug(), "devine@famille.test", "Yann", "Devine");
        var attacker = new WebClient(port);
        String csrf = attacker.csrf("/" + w.slug() + "/compte/connexion");
        String[] variants = {
            "devine@famille.test", "DEVINE@famille.test", " devine@famille.test ", "Devine@Famille.Test"
        };
        String last = "";
        for (int i = 0; i < 8; i++) {
            last = attacker.postForm(
                            "/" + w.slug() + "/compte/connexion",
                            Map.of("email", variants[i % variants.length], "motDePasse", "mauvais-mot-de-passe-" + i),
                            csrf)
                    .body();
        }
        assertThat(last).contains("Trop d’essais");
        // Even the right password waits now, from that address.
        var blocked = attacker.postForm(
                "/" + w.slug() + "/compte/connexion",
                Map.of("email", "devine@famille.test", "motDePasse", Families.PASSWORD),
                csrf);
        assertThat(blocked.body()).contains("Trop d’essais");
        assertThat(jdbc.sql(
                                "select count(*) from famille_journal where action in ('connexion.echouee', 'connexion.bloquee')")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void thePersonalAgendaFeedOpensWithItsSecretUntilRevoked() throws Exception {
        var parent = Families.signUp(port, mailbox, w.slug(), "agenda@famille.test", "Lou", "Agenda");
        var created = Families.post(
                parent, "/" + w.slug() + "/mon-espace/agenda/lien", Map.of(), "/" + w.slug() + "/mon-espace");
        assertThat(created.statusCode()).isEqualTo(302);
        String page = parent.get("/" + w.slug() + "/mon-espace").body();
        var m = java.util.regex.Pattern.compile("(/" + w.slug() + "/mon-espace/agenda/[A-Za-z0-9_-]+\\.ics)")
                .matcher(page);
        assertThat(m.find()).as("the new link is shown once").isTrue();
        String feed = m.group(1);
        assertThat(parent.get("/" + w.slug() + "/mon-espace").body()).doesNotContain(feed);
        var anonymous = new WebClient(port).get(feed);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).startsWith("BEGIN:VCALENDAR").contains("Agenda de ma famille");
        assertThat(anonymous.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(new WebClient(port)
                        .get("/" + neighbour.slug() + feed.substring(("/" + w.slug()).length()))
                        .statusCode())
                .as("another collectivité's portal")
                .isEqualTo(404);
        Families.post(
                parent, "/" + w.slug() + "/mon-espace/agenda/lien/supprimer", Map.of(), "/" + w.slug() + "/mon-espace");
        assertThat(new WebClient(port).get(feed).statusCode()).isEqualTo(404);
    }
}
