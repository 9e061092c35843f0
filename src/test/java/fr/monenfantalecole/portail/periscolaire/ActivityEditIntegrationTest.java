package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.family.Children;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An agent changes or deletes an activity (issue 15) without a family losing a sign-up or a booked
 * day: what the bookings forbid is refused with the reason, the rest is saved; an activity children are
 * signed up to is not deleted; another collectivité's agent gets a 404 and changes nothing.
 */
@PortailTest
class ActivityEditIntegrationTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 19);

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Children children;

    @Autowired
    Activities activities;

    @Autowired
    ClosedDays closedDays;

    @Autowired
    Pricing pricing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeriscolaireFixture fixture;

    @BeforeEach
    void fixture() {
        fixture.clean();
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    @Test
    void whatTheBookingsAllowIsSavedTheRestIsRefusedWithTheReason() throws Exception {
        var fougeres = fixture.collectivite("fougeres");
        var cantine = fixture.activity(fougeres, fixture.school(fougeres, 0), ActivityType.CANTINE, 30);
        long parent = fixture.adult(fougeres);
        var signup = fixture.signUp(cantine, parent, fixture.child(parent, "Jade", cantine.uai()));
        new Bookings(jdbc, closedDays, pricing, at(2026, 3, 9))
                .change(fougeres, cantine, signup, parent, Set.of(THURSDAY), Set.of());
        String base = "/admin/fougeres/periscolaire/activites/" + cantine.id();

        assertThat(body(mvc.perform(get(base).with(staff.admin("fougeres"))).andExpect(status().isOk())))
                .contains("1 enfant inscrit, 1 jour réservé");

        // Fewer places and a later deadline: saved.
        mvc.perform(form(post(base), cantine.uai(), "CANTINE", "12", "1", "2", "4", "5")
                        .with(staff.admin("fougeres")))
                .andExpect(status().is3xxRedirection());
        assertThat(activities.find(fougeres.id(), cantine.id()).orElseThrow().capacite())
                .isEqualTo(12);

        // No more Thursdays: the booked Thursday would be lost.
        assertThat(body(mvc.perform(form(post(base), cantine.uai(), "CANTINE", "12", "1", "2", "5")
                                .with(staff.admin("fougeres")))
                        .andExpect(status().isOk())))
                .contains("1 jour réservé par les familles, le jeudi 19 mars 2026, tomberait en dehors");
        // Another kind of activity, with a child signed up: refused.
        assertThat(body(mvc.perform(form(post(base), cantine.uai(), "ACCUEIL_SOIR", "12", "1", "2", "4", "5")
                        .with(staff.admin("fougeres")))))
                .contains("son école, son année et son type ne peuvent plus changer");
        // Deleting it: refused, the sign-up and the booked day stay.
        assertThat(body(mvc.perform(post(base + "/supprimer")
                                .with(staff.admin("fougeres"))
                                .with(csrf()))
                        .andExpect(status().isOk())))
                .contains("Cette activité ne peut pas être supprimée : 1 enfant y est inscrit, avec 1 jour réservé.");
        var kept = activities.find(fougeres.id(), cantine.id()).orElseThrow();
        assertThat(kept.type()).isEqualTo(ActivityType.CANTINE);
        assertThat(kept.jours()).hasSize(4);
        assertThat(new Bookings(jdbc, closedDays, pricing, Clock.systemUTC())
                        .of(signup.id(), THURSDAY, THURSDAY.plusDays(1)))
                .containsKey(THURSDAY);
    }

    @Test
    void anActivityNobodySignedUpToIsDeleted() throws Exception {
        var fougeres = fixture.collectivite("fougeres");
        var matin = fixture.activity(fougeres, fixture.school(fougeres, 0), ActivityType.ACCUEIL_MATIN, 20);
        mvc.perform(post("/admin/fougeres/periscolaire/activites/" + matin.id() + "/supprimer")
                        .with(staff.admin("fougeres"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(activities.find(fougeres.id(), matin.id())).isEmpty();
    }

    @Test
    void anotherCollectivitesAgentGetsA404AndChangesNothing() throws Exception {
        var fougeres = fixture.collectivite("fougeres");
        var soir = fixture.activity(fougeres, fixture.school(fougeres, 0), ActivityType.ACCUEIL_SOIR, 20);
        for (String slug : new String[] {"fougeres", "rennes"}) {
            String base = "/admin/" + slug + "/periscolaire/activites/" + soir.id();
            mvc.perform(get(base).with(staff.admin("rennes"))).andExpect(status().isNotFound());
            mvc.perform(form(post(base), soir.uai(), "ACCUEIL_SOIR", "3", "1").with(staff.admin("rennes")))
                    .andExpect(status().isNotFound());
            mvc.perform(post(base + "/supprimer").with(staff.admin("rennes")).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        var kept = activities.find(fougeres.id(), soir.id()).orElseThrow();
        assertThat(kept.capacite()).isEqualTo(20);
    }

    private MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, String uai, String type, String capacite, String... jours) {
        return request.with(csrf())
                .param("uai", uai)
                .param("type", type)
                .param("anneeScolaire", PeriscolaireFixture.YEAR)
                .param("capacite", capacite)
                .param("jours", jours)
                .param("delaiJours", "1")
                .param("delaiHeure", "18:00")
                .param("debut", "2025-09-01")
                .param("fin", "2026-07-03");
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Clock at(int y, int m, int d) {
        return Clock.fixed(
                LocalDateTime.of(y, m, d, 8, 0).atZone(PortailClock.ZONE).toInstant(), PortailClock.ZONE);
    }
}
