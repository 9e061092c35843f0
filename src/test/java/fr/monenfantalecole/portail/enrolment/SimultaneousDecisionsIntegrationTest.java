package fr.monenfantalecole.portail.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two agents decide the same request at the same instant, one accepting and one refusing, on
 * parallel threads released together: exactly one decision is saved (one status, one message, one
 * e-mail), the other agent reads a French message naming the status the request now has, never a 500.
 * On a commune of its own where the inscription is open ({@link EnrolmentFixture#open}).
 */
@PortailTest
class SimultaneousDecisionsIntegrationTest {

    static final int ROUNDS = 4;

    @Autowired
    EnrolmentFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @OwnCommune
    World w;

    @Test
    void exactlyOneOfTwoSimultaneousDecisionsWins() throws Exception {
        var open = fixture.open(w);
        var parent = open.parent("camille.simultanee@famille.test", "Simultanee");
        // Made here: a world is not thread-safe.
        var agent = w.admin().mvc();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < ROUNDS; round++) {
                long child = open.child(parent, "Enfant" + "abcd".charAt(round), "Simultanee", "03/04", 3, "");
                long id = open.filedAtSector(parent, child, "PS");
                String path = "/admin/" + w.slug() + "/inscriptions/" + id + "/statut";
                var start = new CyclicBarrier(2);
                List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
                for (var decision : List.of(
                        Map.of("statut", "ACCEPTEE", "message", "Bienvenue"),
                        Map.of("statut", "REFUSEE", "motifRefus", "Plus de place dans cette école"))) {
                    answers.add(pool.submit(() -> {
                        var request = post(path).with(agent).with(csrf());
                        decision.forEach((k, v) -> request.param(k, v));
                        start.await(30, TimeUnit.SECONDS);
                        return mvc.perform(request).andReturn().getResponse();
                    }));
                }
                var accepted = answers.get(0).get(60, TimeUnit.SECONDS);
                var refused = answers.get(1).get(60, TimeUnit.SECONDS);
                assertThat(List.of(accepted.getStatus(), refused.getStatus()))
                        .as("round " + round)
                        .containsExactlyInAnyOrder(302, 200);
                String status = jdbc.sql("select statut from inscription_demande where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single();
                var loser = accepted.getStatus() == 200 ? accepted : refused;
                assertThat(status).isEqualTo(loser == accepted ? "REFUSEE" : "ACCEPTEE");
                assertThat(loser.getContentAsString(StandardCharsets.UTF_8))
                        .contains("« " + (status.equals("ACCEPTEE") ? "Acceptée" : "Refusée") + " »")
                        .contains("passer à « " + (status.equals("ACCEPTEE") ? "Refusée" : "Acceptée") + " »");
                assertThat(jdbc.sql("select count(*) from inscription_message where demande_id = :id")
                                .param("id", id)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
            }
        }
    }
}
