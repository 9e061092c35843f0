package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
        } finally {
            summaries.subscribe(admin, fougeres, false);
        }
    }

    @Test
    void anotherCollectivitysFiguresAreNotFound() throws Exception {
        mvc.perform(get("/admin/fougeres/audience").with(staff.admin("rennes"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres/audience.csv").with(staff.admin("rennes")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/rennes/audience").with(staff.admin("vitre"))).andExpect(status().isNotFound());
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
