package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.shared.web.PublicLinks;
import fr.monenfantalecole.portail.support.Account;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Each collectivité reads its own figures, and only them; searches that found nothing are listed. */
@PortailTest
class AudienceDashboardIntegrationTest {

    static final String OWN_QUERY = "garderie du mercredi zzcommune";
    static final String OTHER_QUERY = "piscine scolaire zzautre";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    /** The commune reading its figures ({@link #OWN_QUERY}); {@link #other} has its own. */
    @OwnCommune
    World w;

    World other;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate yesterday() {
        return LocalDate.now(clock.withZone(PortailClock.ZONE)).minusDays(1);
    }

    void search(World commune, String query, int views, int zero) {
        search(commune.slug(), query, views, zero);
    }

    void search(String slug, String query, int views, int zero) {
        jdbc.sql("""
                INSERT INTO audience_jour (collectivite_id, jour, zone, cible, canal, appareil, vues, visiteurs, sans_resultat)
                SELECT id, ?, 'recherche', ?, 'direct', 'mobile', ?, ?, ? FROM collectivite WHERE slug = ?
                """).params(yesterday(), query, views, views, zero, slug).update();
    }

    @BeforeEach
    void searches() {
        other = fixtures.commune();
        search(w, OWN_QUERY, 7, 7);
        search(other, OTHER_QUERY, 5, 5);
    }

    @AfterEach
    void clean() {
        other.close();
    }

    String page(String path, Account account) throws Exception {
        return mvc.perform(get(path).with(account.mvc()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCommuneReadsItsZeroResultSearchesAndNeverAnotherOnes() throws Exception {
        String commune = page("/admin/" + w.slug() + "/audience", w.admin());
        assertThat(commune)
                .contains("Fréquentation du portail")
                .contains("Recherches sans résultat")
                .contains(OWN_QUERY)
                .doesNotContain(OTHER_QUERY)
                .contains("Visites par élève et par mois");
        String csv = page("/admin/" + w.slug() + "/audience.csv", w.admin());
        assertThat(csv)
                .contains("recherches sans résultat;" + OWN_QUERY + ";7;7;0")
                .doesNotContain(OTHER_QUERY);

        assertThat(page("/admin/" + other.slug() + "/audience", other.admin()))
                .contains(OTHER_QUERY)
                .doesNotContain(OWN_QUERY);
    }

    @Autowired
    MonthlySummaries summaries;

    @Autowired
    fr.monenfantalecole.portail.mail.Outbox outbox;

    @Autowired
    PublicLinks links;

    @Test
    void anAdminWhoAskedReceivesTheMonthlySummaryOnce() {
        long admin = w.admin().id();
        long commune = w.id();
        summaries.subscribe(admin, commune, true);
        try {
            var month = java.time.YearMonth.from(yesterday());
            assertThat(summaries.send(month)).isEqualTo(1);
            assertThat(summaries.send(month))
                    .as("every node runs the schedule; one mail goes")
                    .isZero();
            var mail = outbox.to(w.admin().email()).stream()
                    .filter(m -> m.sujet().startsWith("Fréquentation du portail de " + w.nom()))
                    .findFirst()
                    .orElseThrow();
            assertThat(mail.corps()).contains("Recherches sans résultat").contains(OWN_QUERY);
            // Read in a mail client: the link carries the platform's public address.
            assertThat(mail.corps())
                    .contains("Le tableau de bord complet : " + links.link("/admin/" + w.slug() + "/audience") + "\n")
                    .containsPattern("Le tableau de bord complet : https?://[^/\\s]+/admin/" + w.slug() + "/audience");
        } finally {
            summaries.subscribe(admin, commune, false);
        }
    }

    @Test
    void aDisabledAccountReceivesNoSummary() {
        long agent = w.admin().id();
        long commune = w.id();
        var month = java.time.YearMonth.of(2001, 1);
        summaries.subscribe(agent, commune, true);
        jdbc.sql("UPDATE staff_user SET enabled = false WHERE id = ?")
                .param(agent)
                .update();
        try {
            assertThat(summaries.send(month)).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM audience_resume_envoye WHERE mois = ?")
                            .param(month.atDay(1))
                            .query(Long.class)
                            .single())
                    .as("a disabled account is not even recorded as sent: re-enabled, it gets the month")
                    .isZero();
        } finally {
            jdbc.sql("UPDATE staff_user SET enabled = true WHERE id = ?")
                    .param(agent)
                    .update();
            summaries.subscribe(agent, commune, false);
        }
    }

    @Test
    void anotherCollectivitysFiguresAreNotFound() throws Exception {
        mvc.perform(get("/admin/" + w.slug() + "/audience").with(other.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + w.slug() + "/audience.csv")
                        .with(other.admin().mvc()))
                .andExpect(status().isNotFound());
        try (var third = fixtures.commune()) {
            mvc.perform(get("/admin/" + other.slug() + "/audience")
                            .with(third.admin().mvc()))
                    .andExpect(status().isNotFound());
        }
    }

    /** Before the demo's generated year and any test's views: the figures read there are this test's only. */
    static final LocalDate A_DAY_WITHOUT_TRAFFIC = LocalDate.of(2001, 3, 14);

    @Test
    void aDirectorSeesTheirSchoolsFiguresAndNoOtherSchools() throws Exception {
        var school = w.school("Ecole primaire publique des Chiffres");
        String uai = school.uai();
        String otherSchool = w.school("Ecole maternelle publique des Lettres").uai();
        String elsewhere = other.school("Ecole primaire publique d'ailleurs").uai();
        var director = w.director(school);
        jdbc.sql("""
                INSERT INTO audience_jour (collectivite_id, jour, zone, cible, canal, appareil, vues, visiteurs, sans_resultat)
                SELECT id, ?, ?, ?, 'direct', 'ordinateur', ?, 1, 0 FROM collectivite WHERE slug = ?
                """)
                .params(A_DAY_WITHOUT_TRAFFIC, PageKind.ECOLE.code(), uai, 4321, w.slug())
                .update();
        jdbc.sql("""
                INSERT INTO audience_jour (collectivite_id, jour, zone, cible, canal, appareil, vues, visiteurs, sans_resultat)
                SELECT id, ?, ?, ?, 'direct', 'ordinateur', ?, 1, 0 FROM collectivite WHERE slug = ?
                """)
                .params(A_DAY_WITHOUT_TRAFFIC, PageKind.ECOLE.code(), otherSchool, 8765, w.slug())
                .update();
        try {
            String own = page(
                    "/admin/mes-etablissements/" + uai + "/audience?du=2001-03-01&au=2001-03-31&pas=mois", director);
            assertThat(own)
                    .contains("Fréquentation de la page de votre établissement")
                    .contains(fr.monenfantalecole.portail.audience.DashboardView.n(4321))
                    .doesNotContain(fr.monenfantalecole.portail.audience.DashboardView.n(8765));
            // Another school of the same collectivité, whatever the case of its key, a school of another one.
            for (String other : List.of(otherSchool, otherSchool.toLowerCase(Locale.ROOT), elsewhere)) {
                mvc.perform(get("/admin/mes-etablissements/" + other + "/audience")
                                .with(director.mvc()))
                        .andExpect(status().isNotFound());
            }
            // Nor does a collectivité's admin read a school's page figures as its director.
            mvc.perform(get("/admin/mes-etablissements/" + uai + "/audience")
                            .with(other.admin().mvc()))
                    .andExpect(status().isNotFound());
        } finally {
            jdbc.sql("DELETE FROM audience_jour WHERE jour = ?")
                    .params(A_DAY_WITHOUT_TRAFFIC)
                    .update();
        }
    }

    @Test
    void aSearchThatFoundNothingOpensTheEditorsCatalogueSearchFilledWithIt() throws Exception {
        String query = "garderie le mercredi zzcatalogue";
        jdbc.sql("""
                INSERT INTO audience_jour (collectivite_id, jour, zone, cible, canal, appareil, vues, visiteurs, sans_resultat)
                SELECT id, ?, 'recherche', ?, 'direct', 'mobile', 3, 3, 3 FROM collectivite WHERE slug = ?
                """).params(A_DAY_WITHOUT_TRAFFIC, query, w.slug()).update();
        try {
            var redaction = w.editor();
            String editorial = page("/admin/redaction/audience?du=2001-03-14&au=2001-03-14", redaction);
            String link = "/admin/redaction?recherche=" + query.replace(' ', '+');
            assertThat(editorial).contains("href=\"" + link + "\"");
            // The link as a browser sends it; MockMvc does not decode a query written in the path, so give the
            // parameter.
            String editor = mvc.perform(
                            get("/admin/redaction").param("recherche", query).with(redaction.mvc()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(editor).contains("value=\"" + query + "\"").contains("Pour la recherche « " + query + " »");
            // "garderie" and "mercredi" are words of the catalogue: fiches are proposed.
            assertThat(editor).containsPattern("<ul id=\"fiches-proches\"><li><a href=\"/admin/redaction/fiches/");
        } finally {
            jdbc.sql("DELETE FROM audience_jour WHERE jour = ?")
                    .params(A_DAY_WITHOUT_TRAFFIC)
                    .update();
        }
    }

    @Test
    void anIntercommunaliteSeesItsMembersSideBySideAndSummed() throws Exception {
        try (var agglomeration = fixtures.agglomeration()) {
            search(agglomeration.member(), OWN_QUERY, 7, 7);
            String agglo = page("/admin/" + agglomeration.slug() + "/audience", agglomeration.admin());
            assertThat(agglo)
                    .contains("Collectivités membres")
                    .contains(OWN_QUERY)
                    .doesNotContain(OTHER_QUERY);
        }
    }
}
