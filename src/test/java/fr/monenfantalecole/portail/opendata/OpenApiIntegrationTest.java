package fr.monenfantalecole.portail.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI description parses and validates, and documents every /api/v1 endpoint in French. */
@PortailTest
class OpenApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDescriptionIsValidAndComplete() throws Exception {
        String json = mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIParser().readContents(json, null, options);
        assertThat(result.getMessages()).isEmpty();
        var api = result.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getInfo().getTitle()).contains("API publique");
        assertThat(api.getPaths().keySet())
                .contains(
                        "/api/v1/{slug}/fiches",
                        "/api/v1/{slug}/fiches/{id}",
                        "/api/v1/{slug}/actualites",
                        "/api/v1/{slug}/actualites/{id}",
                        "/api/v1/{slug}/etablissements",
                        "/api/v1/{slug}/etablissements/{uai}",
                        "/api/v1/{slug}/agenda",
                        "/api/v1/{slug}/carte-scolaire",
                        "/api/v1/{slug}/carte-scolaire/voies",
                        "/api/v1/{slug}/quotient-familial",
                        "/api/v1/{slug}/tarifs",
                        "/api/v1/{slug}/recherche",
                        "/api/v1/{slug}/suggestions");
        assertThat(api.getPaths().keySet()).allMatch(p -> p.startsWith("/api/v1/"));
        api.getPaths()
                .forEach((path, item) -> item.readOperations().forEach(op -> {
                    assertThat(op.getSummary()).as(path).isNotBlank();
                    assertThat(op.getDescription()).as(path).isNotBlank();
                    assertThat(op.getResponses()).as(path).containsKeys("200", "404", "429");
                    op.getParameters()
                            .forEach(p -> assertThat(p.getDescription())
                                    .as(path + " " + p.getName())
                                    .isNotBlank());
                }));
    }

    @Test
    void theDocumentationPageIsServedLocally() throws Exception {
        var response = mvc.perform(get("/api/v1/documentation")).andReturn().getResponse();
        assertThat(response.getStatus()).isIn(200, 302);
        String location = response.getRedirectedUrl();
        if (location != null) {
            mvc.perform(get(location)).andExpect(status().isOk());
        }
    }
}
