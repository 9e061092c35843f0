package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agents' side: the kitchen's count equals the booked meals (each child once per school), the
 * attendance sheet read back with PDFBox, the CSV for spreadsheets; another collectivité's agent gets
 * 404 on the commune's lists, a director only their own school's. The commune, its two schools, their
 * activities and the household are the test's own ({@link PeriscolaireFixture}).
 */
@PortailTest
class AgentListsIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 19);

    @Autowired
    MockMvc mvc;

    @Autowired
    ClosedDays closedDays;

    @Autowired
    Pricing pricing;

    @Autowired
    DailyLists lists;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeriscolaireFixture fixture;

    /** The commune whose lists are read. */
    @OwnCommune
    World w;

    /** Another collectivité, whose agent must get nothing of them. */
    @OwnCommune
    World other;

    @Test
    void theKitchenCountsBookedMealsAndTheSheetsNameTheChildren() throws Exception {
        var commune = w.collectivite();
        var firstSchool = w.school("École des Tilleuls");
        String first = firstSchool.uai();
        String second = w.school("École du Centre").uai();
        var cantine1 = fixture.activity(w, first, ActivityType.CANTINE, 50);
        var matin1 = fixture.activity(w, first, ActivityType.ACCUEIL_MATIN, 50);
        var cantine2 = fixture.activity(w, second, ActivityType.CANTINE, 50);
        var b = new Bookings(
                jdbc,
                closedDays,
                pricing,
                Clock.fixed(
                        LocalDateTime.of(2026, 3, 2, 8, 0)
                                .atZone(PortailClock.ZONE)
                                .toInstant(),
                        PortailClock.ZONE));
        long parent = fixture.household(w);
        String[] names = {"Anouk", "Basile", "Céleste", "Dorian", "Élise"};
        for (int i = 0; i < names.length; i++) {
            var a = i < 3 ? cantine1 : cantine2;
            long child = fixture.child(parent, names[i], a.uai());
            b.change(commune, a, fixture.signUp(a, parent, child), parent, Set.of(DAY), Set.of());
            if (i == 0) {
                // Morning care is no meal: Anouk's lunch counts once.
                b.change(commune, matin1, fixture.signUp(matin1, parent, child), parent, Set.of(DAY), Set.of());
            }
        }
        // A booking the next day is not in this day's count.
        long late = fixture.child(parent, "Gaspard", first);
        b.change(commune, cantine1, fixture.signUp(cantine1, parent, late), parent, Set.of(DAY.plusDays(1)), Set.of());

        var meals = lists.meals(commune.id(), DAY);
        assertThat(meals).containsExactlyInAnyOrder(new DailyLists.Meals(first, 3), new DailyLists.Meals(second, 2));
        long booked = jdbc.sql("""
                select count(*) from peri_reservation r join peri_activite a on a.id = r.activite_id
                 where a.type = 'CANTINE' and r.jour = :d and a.collectivite_id = :c""")
                .param("d", DAY)
                .param("c", w.id())
                .query(Long.class)
                .single();
        assertThat(meals.stream().mapToLong(DailyLists.Meals::repas).sum()).isEqualTo(booked);

        var page = mvc.perform(get("/admin/" + w.slug() + "/periscolaire/repas?date=" + DAY)
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"repas-total\">5<").contains("Compte définitif");

        byte[] csv = mvc.perform(get("/admin/" + w.slug() + "/periscolaire/repas.csv?date=" + DAY)
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFJour;UAI;École;Repas\r\n")
                .contains(";" + first + ";")
                .contains(";3\r\n");

        byte[] pdf = mvc.perform(get("/admin/" + w.slug() + "/periscolaire/jour.pdf?date=" + DAY + "&ecole=" + first)
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String sheet = new PDFTextStripper().getText(doc);
            assertThat(sheet)
                    .contains("Cantine")
                    .contains("Accueil du matin")
                    .contains("PÉRISCO Anouk")
                    .contains("PÉRISCO Basile")
                    .contains("PÉRISCO Céleste")
                    .doesNotContain("Dorian")
                    .doesNotContain("Gaspard");
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }

        // Another collectivité's agent gets nothing of the commune.
        mvc.perform(get("/admin/" + w.slug() + "/periscolaire/jour.pdf?date=" + DAY)
                        .with(other.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + w.slug() + "/periscolaire/repas.csv?date=" + DAY)
                        .with(other.admin().mvc()))
                .andExpect(status().isNotFound());

        // A director sees their school only.
        var director = w.director(firstSchool).mvc();
        var own = mvc.perform(get("/admin/periscolaire/ecoles/" + first + "?date=" + DAY)
                        .with(director))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains("Anouk").doesNotContain("Dorian");
        mvc.perform(get("/admin/periscolaire/ecoles/" + second + "?date=" + DAY).with(director))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/periscolaire/ecoles/" + second + "/jour.pdf?date=" + DAY)
                        .with(director))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + w.slug() + "/periscolaire/jour?date=" + DAY).with(director))
                .andExpect(status().isNotFound());
    }
}
