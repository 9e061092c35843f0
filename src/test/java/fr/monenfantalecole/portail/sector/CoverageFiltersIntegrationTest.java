package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The coverage report filters by level, sector and owner, exports as CSV, and reads as French (issue 19). */
@PortailTest
class CoverageFiltersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    /**
     * The département's collège rule (numbers 1 to 99 of the rue Sainte-Croix), and the commune's own
     * école rules with their gaps: odd numbers 1 to 15 and 19 to 99, even numbers 2 to 40 of the rue
     * Sainte-Croix for the maternelle, the odd ones of the rue du Parc for the élémentaire.
     */
    WorldCarte carte;

    @BeforeEach
    void carte() throws Exception {
        carte = WorldCarte.create(context, fixtures, mvc);
        var commune = carte.commune();
        carte.ecoleRules(
                context,
                List.of(
                        WorldCarte.rule(commune, "maternelle", WorldCarte.STREET, 1, 15, "I", carte.ecole()),
                        WorldCarte.rule(commune, "maternelle", WorldCarte.STREET, 19, 99, "I", carte.ecole()),
                        WorldCarte.rule(commune, "maternelle", WorldCarte.STREET, 2, 40, "P", carte.ecole()),
                        WorldCarte.rule(commune, "elementaire", "RUE DU PARC", 1, 9999, "I", carte.ecole())));
    }

    @AfterEach
    void remove() {
        carte.close();
    }

    @Test
    void filtersByLevelAndOwner() throws Exception {
        String all = page("");
        String colleges = page("?niveau=college&origine=departement");
        String own = page("?origine=commune");
        assertThat(rows(colleges)).isPositive().isLessThan(rows(all));
        assertThat(colleges).doesNotContain("<td>Maternelle</td>").doesNotContain("<td>Élémentaire</td>");
        assertThat(own).doesNotContain("<td>Collège</td>");
        assertThat(rows(own)).isLessThan(rows(all));
        assertThat(page("?secteur=" + carte.college())).contains(carte.college());
        for (String html : new String[] {all, colleges, own}) {
            assertThat(html)
                    .doesNotContain("(s)")
                    .doesNotContainPattern("de (\\d+) à \\1\\b")
                    .doesNotContain("numéro impairs");
        }
    }

    @Test
    void exportsTheFilteredReportAsCsv() throws Exception {
        var commune = carte.commune();
        var response = mvc.perform(get("/admin/" + commune.slug() + "/carte-scolaire/couverture.csv")
                        .param("niveau", "college")
                        .with(commune.admin().mvc()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        var lines = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFconstat;commune;voie;niveau;detail;etablissement;regles");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(java.util.Arrays.stream(lines).skip(1)).allMatch(l -> l.contains(";college;"));
        try (var other = fixtures.commune()) {
            assertThat(mvc.perform(get("/admin/" + other.slug() + "/carte-scolaire/couverture.csv")
                                    .with(commune.admin().mvc()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
        }
    }

    private String page(String query) throws Exception {
        var commune = carte.commune();
        return mvc.perform(get("/admin/" + commune.slug() + "/carte-scolaire" + query)
                        .with(commune.admin().mvc()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int rows(String html) {
        return html.split("<tr><td>", -1).length - 1;
    }
}
