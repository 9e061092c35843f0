package fr.monenfantalecole.portail.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Operations: the actuator answers on its own port, bound to 127.0.0.1 (management.server.*), so
 * that metrics are never public; the load balancer checks /readyz and /livez on the public port.
 */
@PortailTest
class OperationsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TemporaryCollectivites temporary;

    @LocalManagementPort
    int managementPort;

    private HttpResponse<String> management(String path) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void healthIncludesTheDatabase() throws Exception {
        var health = management("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(health.body(), "$.components.db.status"))
                .isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreExposed() throws Exception {
        var commune = temporary.create("operations-mesures", "Commune des mesures");
        try {
            mvc.perform(get("/operations-mesures/")).andExpect(status().isOk());
        } finally {
            temporary.delete(commune);
        }
        var metrics = management("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("jvm_memory_used_bytes", "hikaricp_connections", "http_server_requests_seconds_count");
    }

    @Test
    void thePublicPortShowsNoMetricsButAnswersTheLoadBalancer() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
        mvc.perform(get("/readyz"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/livez"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        var commune = temporary.create("operations-portail", "Commune du répartiteur");
        try {
            mvc.perform(get("/operations-portail/"))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(containsString("Commune du répartiteur")));
        } finally {
            temporary.delete(commune);
        }
    }
}
