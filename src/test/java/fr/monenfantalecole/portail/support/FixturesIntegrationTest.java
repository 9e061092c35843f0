package fr.monenfantalecole.portail.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.fiche.Editorial;
import fr.monenfantalecole.portail.fiche.QuestionsReponses;
import fr.monenfantalecole.portail.school.Etablissements;
import fr.monenfantalecole.portail.tenant.Collectivites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What {@link Fixtures} makes works as the demo's own does, and closing a world leaves nothing of it (its
 * national team's accounts and its editor's open draft included); the invoiced commune is never closed.
 */
@PortailTest
class FixturesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Collectivites collectivites;

    @Autowired
    StaffUsers users;

    @Autowired
    Etablissements etablissements;

    @Autowired
    Editorial editorial;

    @Autowired
    UserDetailsService logins;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWorldServesItsPortalItsSchoolAndItsLocalValueToItsOwnStaffAndLeavesNothingBehind() throws Exception {
        String slug;
        String uai;
        String[] emails;
        try (var w = fixtures.commune()) {
            slug = w.slug();
            var school = w.school("École des Fixtures");
            uai = school.uai();
            w.localValue("periscolaire.horaires_matin", "De 7 h 05 à 8 h 35");
            emails = new String[] {
                w.admin().email(),
                w.agent().email(),
                w.platform().email(),
                w.director(school).email()
            };

            mvc.perform(get("/" + slug + "/ecoles"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("École des Fixtures")));
            mvc.perform(get(QuestionsReponses.url(
                            "/" + slug, "periscolaire", "PER-001", "Qu'est-ce que l'accueil périscolaire ?")))
                    .andExpect(content().string(containsString("De 7 h 05 à 8 h 35")));
            mvc.perform(get("/admin/" + slug + "/apparence").with(w.admin().mvc()))
                    .andExpect(status().isOk());
            mvc.perform(get("/admin/facturation").with(w.platform().mvc())).andExpect(status().isOk());
            // The form login works with the world's password, as Browser.logIn uses it.
            new WebClient(port).signIn(w.admin().email(), World.PASSWORD);
        }
        assertThat(collectivites.findBySlug(slug)).isEmpty();
        assertThat(etablissements.find(uai)).isEmpty();
        for (String email : emails) {
            assertThat(users.exists(email)).as(email).isFalse();
        }
    }

    @Test
    void anAgglomerationsMemberIsManagedByItsAdminAndGoesFirst() throws Exception {
        String member;
        try (var agglo = fixtures.agglomeration()) {
            var commune = agglo.member();
            member = commune.slug();
            assertThat(commune.collectivite().parentId()).isEqualTo(agglo.id());
            assertThat(collectivites.members(agglo.id())).hasSize(1);
            mvc.perform(get("/admin/" + member + "/apparence")
                            .with(agglo.admin().mvc()))
                    .andExpect(status().isOk());
        }
        assertThat(collectivites.findBySlug(member)).isEmpty();
    }

    @Test
    void theNationalTeamsAccountsAndTheEditorsOpenDraftGoWithTheWorld() throws Exception {
        String editor;
        String reviewer;
        String invited;
        long draft;
        try (var w = fixtures.commune()) {
            editor = w.editor().email();
            reviewer = w.reviewer("RELECTURE_EDUCATION_NATIONALE", "RELECTURE_JURIDIQUE")
                    .email();
            // SAN-003: a fiche no other test writes, so the draft opened here is this editor's own.
            var version = editorial.draft("SAN-003", (StaffPrincipal) logins.loadUserByUsername(editor));
            draft = version.id();
            assertThat(authorOf(draft)).isEqualTo(w.editor().id());
            mvc.perform(get("/admin/redaction").with(w.editor().mvc())).andExpect(status().isOk());
            // An account the test made otherwise than through the world (the pages, say), known by its e-mail.
            invited = "invite.fixtures." + w.slug() + "@ecole.test";
            w.forgetWhenClosed(invited);
            users.create(invited, "Invitée des fixtures", World.PASSWORD);
            assertThat(users.exists(invited)).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from fiche_version where id = :id")
                        .param("id", draft)
                        .query(Long.class)
                        .single())
                .as("the editor's open draft")
                .isZero();
        // Removed, not merely disabled: nothing of theirs is left that would keep them.
        for (String email : new String[] {editor, reviewer, invited}) {
            assertThat(users.exists(email)).as(email).isFalse();
        }
    }

    @Test
    void theInvoicedCommuneIsNeverClosed() {
        var invoiced = fixtures.invoiced();
        assertThatThrownBy(invoiced::close)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("facturée");
        assertThat(collectivites.findBySlug(invoiced.slug())).isPresent();
        assertThat(fixtures.invoiced().id()).isEqualTo(invoiced.id());
    }

    private long authorOf(long version) {
        return jdbc.sql("select author_id from fiche_version where id = :id")
                .param("id", version)
                .query(Long.class)
                .single();
    }
}
