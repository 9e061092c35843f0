package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.shared.web.PublicLinks;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
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

    static final String FOUGERES_QUERY = "garderie du mercredi zzfougeres";
    static final String RENNES_QUERY = "piscine scolaire zzrennes";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate yesterday() {
        return LocalDate.now(clock.withZone(PortailClock.ZONE)).minusDays(1);
    }

    void search(String slug, String query, int views, int zero) {
        jdbc.sql("""
                INSERT INTO audience_jour (collectivite_id, jour, zone, cible, canal, appareil, vues, visiteurs, sans_resultat)
                SELECT id, ?, 'recherche', ?, 'direct', 'mobile', ?, ?, ? FROM collectivite WHERE slug = ?
                """).params(yesterday(), query, views, views, zero, slug).update();
    }

    @BeforeEach
    void searches() {
        search("fougeres", FOUGERES_QUERY, 7, 7);
        search("rennes", RENNES_QUERY, 5, 5);
    }

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM audience_jour WHERE cible IN (?, ?)")
                .params(FOUGERES_QUERY, RENNES_QUERY)
                .update();
    }

    String page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(staff.as(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void fougeresReadsItsZeroResultSearchesAndNeverRennesOnes() throws Exception {
        String fougeres = page("/admin/fougeres/audience", "admin@fougeres.demo");
        assertThat(fougeres)
                .contains("Fréquentation du portail")
                .contains("Recherches sans résultat")
                .contains(FOUGERES_QUERY)
                .doesNotContain(RENNES_QUERY)
                .contains("Visites par élève et par mois");
        String csv = page("/admin/fougeres/audience.csv", "admin@fougeres.demo");
        assertThat(csv)
                .contains("recherches sans résultat;" + FOUGERES_QUERY + ";7;7;0")
                .doesNotContain(RENNES_QUERY);

        assertThat(page("/admin/rennes/audience", "admin@rennes.demo"))
                .contains(RENNES_QUERY)
                .doesNotContain(FOUGERES_QUERY);
    }

    @Autowired
    MonthlySummaries summaries;

    @Autowired
    fr.monenfantalecole.portail.mail.Outbox outbox;

    @Autowired
    PublicLinks links;

    @Test
    void anAdminWhoAskedReceivesTheMonthlySummaryOnce() {
        long admin = jdbc.sql("SELECT id FROM staff_user WHERE email = 'admin@fougeres.demo'")
                .query(Long.class)
                .single();
        long fougeres = jdbc.sql("SELECT id FROM collectivite WHERE slug = 'fougeres'")
                .query(Long.class)
                .single();
        summaries.subscribe(admin, fougeres, true);
        try {
            var month = java.time.YearMonth.from(yesterday());
            assertThat(summaries.send(month)).isEqualTo(1);
            assertThat(summaries.send(month))
                    .as("every node runs the schedule; one mail goes")
                    .isZero();
            var mail = outbox.to("admin@fougeres.demo").stream()
                    .filter(m -> m.sujet().startsWith("Fréquentation du portail de Fougères"))
                    .findFirst()
                    .orElseThrow();
            assertThat(mail.corps()).contains("Recherches sans résultat").contains(FOUGERES_QUERY);
            // Read in a mail client: the link carries the platform's public address.
            assertThat(mail.corps())
                    .contains("Le tableau de bord complet : " + links.link("/admin/fougeres/audience") + "\n")
                    .containsPattern("Le tableau de bord complet : https?://[^/\\s]+/admin/fougeres/audience");
        } finally {
            summaries.subscribe(admin, fougeres, false);
        }
    }

    @Test
    void aDisabledAccountReceivesNoSummary() {
        long agent = jdbc.sql("SELECT id FROM staff_user WHERE email = 'admin@fougeres.demo'")
                .query(Long.class)
                .single();
        long fougeres = jdbc.sql("SELECT id FROM collectivite WHERE slug = 'fougeres'")
                .query(Long.class)
                .single();
        var month = java.time.YearMonth.of(2001, 1);
        summaries.subscribe(agent, fougeres, true);
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
            summaries.subscribe(agent, fougeres, false);
        }
    }

    @Test
    void anotherCollectivitysFiguresAreNotFound() throws Exception {
        mvc.perform(get("/admin/fougeres/audience").with(staff.admin("rennes"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres/audience.csv").with(staff.admin("rennes")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/rennes/audience").with(staff.admin("vitre"))).andExpect(status().isNotFound());
    }

    static final String SCHOOL = "0350256N";
    static final String OTHER_SCHOOL = "0350255M";
    static final String DIRECTOR = "directeur.0350256n@fougeres.demo";
    /** Before the demo's generated year and any test's views: the figures read there are this test's only. */
    static final LocalDate A_DAY_WITHOUT_TRAFFIC = LocalDate.of(2001, 3, 14);

    @Test
    void aDirectorSeesTheirSchoolsFiguresAndNoOtherSchools() throws Exception {
        jdbc.sql("""
                INSERT INTO audience_jour (collectivite_id, jour, zone, cible, canal, appareil, vues, visiteurs, sans_resultat)
                SELECT id, ?, ?, ?, 'direct', 'ordinateur', ?, 1, 0 FROM collectivite WHERE slug = 'fougeres'
                """)
                .params(A_DAY_WITHOUT_TRAFFIC, PageKind.ECOLE.code(), SCHOOL, 4321)
                .update();
        jdbc.sql("""
                INSERT INTO audience_jour (collectivite_id, jour, zone, cible, canal, appareil, vues, visiteurs, sans_resultat)
                SELECT id, ?, ?, ?, 'direct', 'ordinateur', ?, 1, 0 FROM collectivite WHERE slug = 'fougeres'
                """)
                .params(A_DAY_WITHOUT_TRAFFIC, PageKind.ECOLE.code(), OTHER_SCHOOL, 8765)
                .update();
        try {
            String own = page(
                    "/admin/mes-etablissements/" + SCHOOL + "/audience?du=2001-03-01&au=2001-03-31&pas=mois", DIRECTOR);
            assertThat(own)
                    .contains("Fréquentation de la page de votre établissement")
                    .contains(fr.monenfantalecole.portail.audience.DashboardView.n(4321))
                    .doesNotContain(fr.monenfantalecole.portail.audience.DashboardView.n(8765));
            // Another school of the same collectivité, whatever the case of its key, a school of another one.
            for (String other : List.of(OTHER_SCHOOL, OTHER_SCHOOL.toLowerCase(Locale.ROOT), "0350122T")) {
                mvc.perform(get("/admin/mes-etablissements/" + other + "/audience")
                                .with(staff.as(DIRECTOR)))
                        .andExpect(status().isNotFound());
            }
            // Nor does a collectivité's admin read a school's page figures as its director.
            mvc.perform(get("/admin/mes-etablissements/" + SCHOOL + "/audience").with(staff.admin("rennes")))
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
                SELECT id, ?, 'recherche', ?, 'direct', 'mobile', 3, 3, 3 FROM collectivite WHERE slug = 'fougeres'
                """).params(A_DAY_WITHOUT_TRAFFIC, query).update();
        try {
            String editorial =
                    page("/admin/redaction/audience?du=2001-03-14&au=2001-03-14", "redaction@monenfant.demo");
            String link = "/admin/redaction?recherche=" + query.replace(' ', '+');
            assertThat(editorial).contains("href=\"" + link + "\"");
            // The link as a browser sends it; MockMvc does not decode a query written in the path, so give the
            // parameter.
            String editor = mvc.perform(get("/admin/redaction")
                            .param("recherche", query)
                            .with(staff.as("redaction@monenfant.demo")))
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
        String agglo = page("/admin/fougeres-agglomeration/audience", "admin@fougeres-agglomeration.demo");
        assertThat(agglo)
                .contains("Collectivités membres")
                .contains(FOUGERES_QUERY)
                .doesNotContain(RENNES_QUERY);
    }
}
