package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An agent changes or deletes an activity (issue 15) without a family losing a sign-up or a booked
 * day: what the bookings forbid is refused with the reason, the rest is saved; an activity children are
 * signed up to is not deleted; another collectivité's agent gets a 404 and changes nothing. Each test
 * has its commune, school, activity and household ({@link PeriscolaireFixture}).
 */
@PortailTest
class ActivityEditIntegrationTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 19);

    @Autowired
    MockMvc mvc;

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

    /** The commune whose agent edits its activity. */
    @OwnCommune
    World w;

    /** Another collectivité, whose agent must get nothing of it. */
    @OwnCommune
    World other;

    @Test
    void whatTheBookingsAllowIsSavedTheRestIsRefusedWithTheReason() throws Exception {
        var commune = w.collectivite();
        var cantine = fixture.activity(w, w.school("École des Tilleuls").uai(), ActivityType.CANTINE, 30);
        long parent = fixture.household(w);
        var signup = fixture.signUp(cantine, parent, fixture.child(parent, "Jade", cantine.uai()));
        new Bookings(jdbc, closedDays, pricing, at(2026, 3, 9))
                .change(commune, cantine, signup, parent, Set.of(THURSDAY), Set.of());
        String base = "/admin/" + w.slug() + "/periscolaire/activites/" + cantine.id();

        assertThat(body(mvc.perform(get(base).with(w.admin().mvc())).andExpect(status().isOk())))
                .contains("1 enfant inscrit, 1 jour réservé");

        // Fewer places and a later deadline: saved.
        mvc.perform(form(post(base), cantine.uai(), "CANTINE", "12", "1", "2", "4", "5")
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        assertThat(activities.find(w.id(), cantine.id()).orElseThrow().capacite())
                .isEqualTo(12);

        // No more Thursdays: the booked Thursday would be lost.
        assertThat(body(mvc.perform(form(post(base), cantine.uai(), "CANTINE", "12", "1", "2", "5")
                                .with(w.admin().mvc()))
                        .andExpect(status().isOk())))
                .contains("1 jour réservé par les familles, le jeudi 19 mars 2026, tomberait en dehors");
        // Another kind of activity, with a child signed up: refused.
        assertThat(body(mvc.perform(form(post(base), cantine.uai(), "ACCUEIL_SOIR", "12", "1", "2", "4", "5")
                        .with(w.admin().mvc()))))
                .contains("son école, son année et son type ne peuvent plus changer");
        // Deleting it: refused, the sign-up and the booked day stay.
        assertThat(body(mvc.perform(
                                post(base + "/supprimer").with(w.admin().mvc()).with(csrf()))
                        .andExpect(status().isOk())))
                .contains("Cette activité ne peut pas être supprimée : 1 enfant y est inscrit, avec 1 jour réservé.");
        var kept = activities.find(w.id(), cantine.id()).orElseThrow();
        assertThat(kept.type()).isEqualTo(ActivityType.CANTINE);
        assertThat(kept.jours()).hasSize(4);
        assertThat(new Bookings(jdbc, closedDays, pricing, Clock.systemUTC())
                        .of(signup.id(), THURSDAY, THURSDAY.plusDays(1)))
                .containsKey(THURSDAY);
    }

    @Test
    void anActivityNobodySignedUpToIsDeleted() throws Exception {
        var matin = fixture.activity(w, w.school("École des Tilleuls").uai(), ActivityType.ACCUEIL_MATIN, 20);
        mvc.perform(post("/admin/" + w.slug() + "/periscolaire/activites/" + matin.id() + "/supprimer")
                        .with(w.admin().mvc())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(activities.find(w.id(), matin.id())).isEmpty();
    }

    @Test
    void anotherCollectivitesAgentGetsA404AndChangesNothing() throws Exception {
        var soir = fixture.activity(w, w.school("École des Tilleuls").uai(), ActivityType.ACCUEIL_SOIR, 20);
        for (String slug : new String[] {w.slug(), other.slug()}) {
            String base = "/admin/" + slug + "/periscolaire/activites/" + soir.id();
            mvc.perform(get(base).with(other.admin().mvc())).andExpect(status().isNotFound());
            mvc.perform(form(post(base), soir.uai(), "ACCUEIL_SOIR", "3", "1")
                            .with(other.admin().mvc()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(base + "/supprimer").with(other.admin().mvc()).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        var kept = activities.find(w.id(), soir.id()).orElseThrow();
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
