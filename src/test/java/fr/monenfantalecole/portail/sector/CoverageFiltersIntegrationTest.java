package fr.monenfantalecole.portail.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The coverage report filters by level, sector and owner, exports as CSV, and reads as French (issue 19). */
@PortailTest
class CoverageFiltersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Test
    void filtersByLevelAndOwner() throws Exception {
        String all = page("");
        String colleges = page("?niveau=college&origine=departement");
        String own = page("?origine=commune");
        assertThat(rows(colleges)).isPositive().isLessThan(rows(all));
        assertThat(colleges).doesNotContain("<td>Maternelle</td>").doesNotContain("<td>Élémentaire</td>");
        assertThat(own).doesNotContain("<td>Collège</td>");
        assertThat(rows(own)).isLessThan(rows(all));
        assertThat(page("?secteur=0350967L")).contains("0350967L");
        for (String html : new String[] {all, colleges, own}) {
            assertThat(html)
                    .doesNotContain("(s)")
                    .doesNotContainPattern("de (\\d+) à \\1\\b")
                    .doesNotContain("numéro impairs");
        }
    }

    @Test
    void exportsTheFilteredReportAsCsv() throws Exception {
        var response = mvc.perform(get("/admin/fougeres/carte-scolaire/couverture.csv")
                        .param("niveau", "college")
                        .with(staff.admin("fougeres")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        var lines = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFconstat;commune;voie;niveau;detail;etablissement;regles");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(java.util.Arrays.stream(lines).skip(1)).allMatch(l -> l.contains(";college;"));
        assertThat(mvc.perform(get("/admin/rennes/carte-scolaire/couverture.csv")
                                .with(staff.admin("fougeres")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/admin/fougeres/carte-scolaire" + query).with(staff.admin("fougeres")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int rows(String html) {
        return html.split("<tr><td>", -1).length - 1;
    }
}
