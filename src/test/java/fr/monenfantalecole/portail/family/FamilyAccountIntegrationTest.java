package fr.monenfantalecole.portail.family;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.WebClient;
import fr.monenfantalecole.portail.support.World;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The family account as parents meet it (issue 14): sign-up with its checks, the address confirmed by
 * the mail's link, the household, the second parent's invitation, the data exported and deleted; and
 * what another household or another collectivité's portal gets with the same ids: 404. Each test signs
 * its families up on a commune of its own (an intercommunalité's member where the sharing is the
 * subject), whose accounts go with it ({@link FamilyFixture#removedWith}). The demo's households that the
 * README lists are checked by demo.DemoHouseholdsIntegrationTest.
 */
@PortailTest
class FamilyAccountIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixture families;

    @OwnCommune
    World w;

    String slug;

    @BeforeEach
    void ownCommune() {
        families.removedWith(w);
        slug = w.slug();
    }

    @AfterEach
    void forgetAttempts() {
        jdbc.sql("delete from login_throttle").update();
    }

    @Test
    void signUpRefusesWeakPasswordsAndUsedAddressesKeepingWhatWasTyped() throws Exception {
        var client = new WebClient(port);
        String csrf = client.csrf("/" + slug + "/compte/inscription");
        var weak = client.postForm(
                "/" + slug + "/compte/inscription",
                Map.of(
                        "prenoms", "Inès",
                        "nom", "Lebreton",
                        "email", "ines.lebreton@famille.test",
                        "motDePasse", "motdepasse123",
                        "confirmation", "motdepasse123",
                        "consentement", "true"),
                csrf);
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body())
                .contains("id=\"motDePasse-erreur\"")
                .contains("trop facile à deviner")
                .contains("value=\"Lebreton\"")
                .contains("value=\"ines.lebreton@famille.test\"")
                .doesNotContain("motdepasse123");
        var noConsent = client.postForm(
                "/" + slug + "/compte/inscription",
                Map.of(
                        "prenoms", "Inès",
                        "nom", "Lebreton",
                        "email", "ines.lebreton@famille.test",
                        "motDePasse", Families.PASSWORD,
                        "confirmation", Families.PASSWORD),
                csrf);
        assertThat(noConsent.body()).contains("id=\"consentement-erreur\"");

        Families.signUp(port, mailbox, slug, "deja.pris@famille.test", "Paul", "Déjà");
        var again = client.postForm(
                "/" + slug + "/compte/inscription",
                Map.of(
                        "prenoms", "Paul",
                        "nom", "Autre",
                        "email", "  DEJA.pris@famille.test ",
                        "motDePasse", Families.PASSWORD,
                        "confirmation", Families.PASSWORD,
                        "consentement", "true"),
                csrf);
        assertThat(again.body()).contains("id=\"email-erreur\"").contains("Un compte existe déjà");
    }

    @Test
    void anAddressNotConfirmedCannotSignInAndALinkServesOnce() throws Exception {
        var client = new WebClient(port);
        Instant before = Instant.now();
        client.postForm(
                "/" + slug + "/compte/inscription",
                Map.of(
                        "prenoms", "Léa",
                        "nom", "Sansclic",
                        "email", "lea.sansclic@famille.test",
                        "motDePasse", Families.PASSWORD,
                        "confirmation", Families.PASSWORD,
                        "consentement", "true"),
                client.csrf("/" + slug + "/compte/inscription"));
        var early = client.postForm(
                "/" + slug + "/compte/connexion",
                Map.of("email", "lea.sansclic@famille.test", "motDePasse", Families.PASSWORD),
                client.csrf("/" + slug + "/compte/connexion"));
        assertThat(early.body()).contains("pas encore confirmée");
        String link = mailbox.link("lea.sansclic@famille.test", "/" + slug + "/compte/verification", before);
        assertThat(jdbc.sql("select count(*) from courriel where corps like '%' || :t || '%'")
                        .param("t", link.substring(link.indexOf("jeton=") + 6))
                        .query(Long.class)
                        .single())
                .as("the token is not in the recorded mail")
                .isZero();
        client.get(link);
        assertThat(client.postForm(
                                "/" + slug + "/compte/verification",
                                Map.of(),
                                client.csrf("/" + slug + "/compte/verification"))
                        .statusCode())
                .isEqualTo(302);
        var reused = new WebClient(port);
        reused.get(link);
        assertThat(reused.get("/" + slug + "/compte/verification").body()).contains("n'est plus valable");
        Families.signIn(port, slug, "LEA.Sansclic@famille.test ", Families.PASSWORD);
    }

    @Test
    void aChildsBirthDateIsCheckedAndWhatWasTypedIsKept() throws Exception {
        var parent = Families.signUp(port, mailbox, slug, "dates@famille.test", "Nora", "Dates");
        String form = "/" + slug + "/mon-espace/enfants/nouveau";
        var future = Families.post(
                parent,
                "/" + slug + "/mon-espace/enfants",
                Map.of("prenoms", "Zoé", "nom", "Dates", "dateNaissance", "14/03/2099", "sexe", "F", "niveau", ""),
                form);
        assertThat(future.body())
                .contains("dans le futur")
                .contains("value=\"Zoé\"")
                .contains("value=\"14/03/2099\"");
        var adult = Families.post(
                parent,
                "/" + slug + "/mon-espace/enfants",
                Map.of("prenoms", "Zoé", "nom", "Dates", "dateNaissance", "02/05/1980", "sexe", "F", "niveau", ""),
                form);
        assertThat(adult.body()).contains("âge scolaire");
        var wrongClass = Families.post(
                parent,
                "/" + slug + "/mon-espace/enfants",
                Map.of("prenoms", "Zoé", "nom", "Dates", "dateNaissance", "02/05/2023", "sexe", "F", "niveau", "cm2"),
                form);
        assertThat(wrongClass.body()).contains("ne correspond pas à la classe");
        var notADate = Families.post(
                parent,
                "/" + slug + "/mon-espace/enfants",
                Map.of("prenoms", "Zoé", "nom", "Dates", "dateNaissance", "31/02/2019", "sexe", "F", "niveau", ""),
                form);
        assertThat(notADate.body()).contains("id=\"dateNaissance-erreur\"").contains("n’est pas valide");
        Families.addChild(parent, slug, "Zoé", "Dates", "2019-05-02", "ce1");
    }

    @Test
    void anotherHouseholdsChildIdsAnswer404AndChangeNothing() throws Exception {
        try (var agglomeration = fixtures.agglomeration()) {
            var member = agglomeration.member();
            families.removedWith(member);
            slug = member.slug();
            householdOfAMember(agglomeration.slug());
        }
    }

    /** On {@link #slug}, a member of the intercommunalité at {@code agglomeration}; {@link #w} outside it. */
    private void householdOfAMember(String agglomeration) throws Exception {
        var first = Families.signUp(port, mailbox, slug, "premier@famille.test", "Anne", "Premier");
        long child = Families.addChild(first, slug, "Hugo", "Premier", "12/09/2017", "cm1");
        var other = Families.signUp(port, mailbox, slug, "autre@famille.test", "Marc", "Autre");
        assertThat(other.get("/" + slug + "/mon-espace/enfants/" + child).statusCode())
                .isEqualTo(404);
        var update = Families.post(
                other,
                "/" + slug + "/mon-espace/enfants/" + child,
                Map.of("prenoms", "Pirate", "nom", "Autre", "dateNaissance", "12/09/2017", "sexe", "M", "niveau", ""),
                "/" + slug + "/mon-espace/enfants/nouveau");
        assertThat(update.statusCode()).isEqualTo(404);
        assertThat(Families.post(
                                other,
                                "/" + slug + "/mon-espace/enfants/" + child + "/retirer",
                                Map.of(),
                                "/" + slug + "/mon-espace/foyer")
                        .statusCode())
                .isEqualTo(404);
        assertThat(first.get("/" + slug + "/mon-espace/foyer").body()).contains("Hugo Premier");
        assertThat(other.get("/" + slug + "/mon-espace/foyer").body()).doesNotContain("Hugo");
        assertThat(other.get("/" + slug + "/mon-espace/donnees.json").body()).doesNotContain("Hugo");
        // Another collectivité's portal, outside the intercommunalité, does not open the household.
        String outside = "/" + w.slug();
        assertThat(first.get(outside + "/mon-espace/foyer").statusCode()).isEqualTo(404);
        assertThat(first.get(outside + "/mon-espace/enfants/" + child).statusCode())
                .isEqualTo(404);
        assertThat(first.get(outside + "/mon-espace").body())
                .contains("rattaché")
                .doesNotContain("Hugo");
        // A portal of the same intercommunalité does.
        assertThat(first.get("/" + agglomeration + "/mon-espace/foyer").body()).contains("Hugo Premier");
    }

    @Test
    void familyAndStaffSessionsAreSeparate() throws Exception {
        var parent = Families.signUp(port, mailbox, slug, "separes@famille.test", "Eva", "Séparés");
        assertThat(parent.get("/admin").headers().firstValue("Location").orElse(""))
                .contains("/admin/connexion");
        var staff = new WebClient(port).signIn(w.admin().email(), World.PASSWORD);
        assertThat(staff.get("/" + slug + "/mon-espace").headers().firstValue("Location"))
                .hasValue("/" + slug + "/compte/connexion");
    }

    @Test
    void theSecondParentIsInvitedOnceAndBothSeeTheSharedChildThenDataIsExportedAndDeleted() throws Exception {
        var mother = Families.signUp(port, mailbox, slug, "mere@famille.test", "Julie", "Martin");
        long child = Families.addChild(mother, slug, "Lina", "Martin", "03/04/2018", "ce2");
        Instant before = Instant.now();
        var sent = Families.post(
                mother,
                "/" + slug + "/mon-espace/invitations",
                Map.of("invitationEmail", "pere@famille.test", "enfants", Long.toString(child)),
                "/" + slug + "/mon-espace/foyer");
        assertThat(sent.statusCode()).isEqualTo(302);
        var twice = Families.post(
                mother,
                "/" + slug + "/mon-espace/invitations",
                Map.of("invitationEmail", "PERE@famille.test", "enfants", Long.toString(child)),
                "/" + slug + "/mon-espace/foyer");
        assertThat(twice.body()).contains("id=\"invitationEmail-erreur\"").contains("déjà invité");
        String link = mailbox.link("pere@famille.test", "/" + slug + "/compte/invitation", before);
        var father = Families.signUp(port, mailbox, slug, "pere@famille.test", "Karim", "Martin");
        father.get(link);
        assertThat(father.get("/" + slug + "/mon-espace").body()).contains("Une invitation vous attend");
        var accepted = Families.post(
                father, "/" + slug + "/mon-espace/invitation/accepter", Map.of(), "/" + slug + "/mon-espace");
        assertThat(accepted.headers().firstValue("Location")).hasValue("/" + slug + "/mon-espace?invitation=accepted");
        assertThat(father.get("/" + slug + "/mon-espace/enfants/" + child).statusCode())
                .isEqualTo(200);
        assertThat(father.get("/" + slug + "/mon-espace/foyer").body()).contains("Julie Martin suit aussi");
        // The same link does not serve twice.
        var stranger = Families.signUp(port, mailbox, slug, "intrus@famille.test", "Intrus", "Lien");
        stranger.get(link);
        assertThat(stranger.get("/" + slug + "/compte/invitation").body()).contains("n'est plus valable");

        var json = mother.get("/" + slug + "/mon-espace/donnees.json");
        assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(json.body())
                .contains("\"Lina\"")
                .contains("mere@famille.test")
                .doesNotContain("mot_de_passe")
                .doesNotContain("argon2");
        var pdf = mother.get("/" + slug + "/mon-espace/donnees.pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(jdbc.sql("select count(*) from famille_journal where action = 'donnees.exportees'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);

        var refused = Families.post(
                mother,
                "/" + slug + "/mon-espace/compte/supprimer",
                Map.of("suppression", "oui"),
                "/" + slug + "/mon-espace/compte");
        assertThat(refused.body()).contains("id=\"suppression-erreur\"");
        var deleted = Families.post(
                mother,
                "/" + slug + "/mon-espace/compte/supprimer",
                Map.of("suppression", "SUPPRIMER"),
                "/" + slug + "/mon-espace/compte");
        assertThat(deleted.body()).contains("Votre compte est supprimé");
        assertThat(mother.get("/" + slug + "/mon-espace").statusCode()).isEqualTo(302);
        // Lina stays with her other responsable.
        assertThat(father.get("/" + slug + "/mon-espace/enfants/" + child).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from famille_adulte where email = 'mere@famille.test'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void agentsFindTheFamiliesOfTheirTerritoryOnly() throws Exception {
        var parent = Families.signUp(port, mailbox, slug, "agents@famille.test", "Maud", "Territoire");
        long child = Families.addChild(parent, slug, "Théo", "Territoire", "01/02/2016", "cm2");
        long adult = jdbc.sql("select id from famille_adulte where email = 'agents@famille.test'")
                .query(Long.class)
                .single();
        var own = new WebClient(port).signIn(w.admin().email(), World.PASSWORD);
        assertThat(own.get("/admin/" + slug + "/familles?q=Th%C3%A9o").body()).contains("Maud Territoire");
        assertThat(own.get("/admin/" + slug + "/familles/" + adult).body()).contains("Théo Territoire");
        var corrected = Families.post(
                own,
                "/admin/" + slug + "/familles/" + adult + "/enfants/" + child,
                Map.of("uai", "", "niveau", "6e"),
                "/admin/" + slug + "/familles/" + adult);
        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(parent.get("/" + slug + "/mon-espace/foyer").body()).contains("Théo Territoire</a> — 6e");
        assertThat(own.get("/admin/" + slug + "/familles/" + adult).body())
                .contains("enfant.corrige")
                .contains("agent ");

        try (var other = fixtures.commune()) {
            var outsider = new WebClient(port).signIn(other.admin().email(), World.PASSWORD);
            anotherTerritorysAgentGetsNothing(outsider, other.slug(), adult, child);
        }
    }

    private void anotherTerritorysAgentGetsNothing(WebClient outsider, String elsewhere, long adult, long child)
            throws Exception {
        assertThat(outsider.get("/admin/" + elsewhere + "/familles?q=Territoire")
                        .body())
                .doesNotContain("Maud");
        assertThat(outsider.get("/admin/" + elsewhere + "/familles/" + adult).statusCode())
                .isEqualTo(404);
        var attempt = Families.post(
                outsider,
                "/admin/" + elsewhere + "/familles/" + adult + "/enfants/" + child,
                Map.of("uai", "", "niveau", "cp"),
                "/admin/" + elsewhere + "/familles");
        assertThat(attempt.statusCode()).isEqualTo(404);
        assertThat(outsider.get("/admin/" + slug + "/familles/" + adult).statusCode())
                .isEqualTo(404);
    }
}
