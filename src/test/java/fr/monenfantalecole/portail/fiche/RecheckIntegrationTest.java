package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Account;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The editors' list of yearly facts to re-check at the rentrée: who sees it, its order, its CSV, the editor's field. */
@PortailTest
class RecheckIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Rechecks rechecks;

    @Autowired
    NationalFiches fiches;

    @Autowired
    Fixtures fixtures;

    /** A commune of this test's own: its national writer ({@code w.editor()}) and the operator. */
    @OwnCommune
    World w;

    @Test
    void theListShowsEachFactOfThePublishedSheetsTheOldestFirst() throws Exception {
        var rows = rechecks.all();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows)
                .isSortedAccordingTo((a, b) -> a.validFrom() == null
                        ? (b.validFrom() == null ? 0 : -1)
                        : b.validFrom() == null ? 1 : a.validFrom().compareTo(b.validFrom()));
        var oldest = rows.getFirst();
        assertThat(oldest.ficheId()).isEqualTo("AID-022");
        assertThat(oldest.fact().valablePour()).contains("2016");
        assertThat(rows)
                .anySatisfy(r -> assertThat(r.ficheId() + " " + r.fact().quoi() + " "
                                + r.fact().valablePour())
                        .isEqualTo("AID-001 Montants de l'ARS par âge (423,48 €, 446,85 €, 462,32 €) 2025-2026"));

        String page = mvc.perform(
                        get("/admin/redaction/a-reverifier").with(w.editor().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("À revérifier à la rentrée")))
                .andExpect(content().string(containsString("href=\"/admin/redaction/fiches/AID-001\"")))
                .andExpect(content().string(containsString("href=\"/admin/redaction/a-reverifier.csv\"")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.indexOf("/admin/redaction/fiches/AID-022"))
                .isLessThan(page.indexOf("/admin/redaction/fiches/CAL-001"));
        mvc.perform(get("/admin/redaction").with(w.editor().mvc()))
                .andExpect(content().string(containsString("href=\"/admin/redaction/a-reverifier\"")));
        mvc.perform(get("/admin/redaction/a-reverifier").with(w.platform().mvc()))
                .andExpect(status().isOk());
    }

    @Test
    void theCsvHasOneLinePerFactInTheSameOrder() throws Exception {
        var result = mvc.perform(
                        get("/admin/redaction/a-reverifier.csv").with(w.editor().mvc()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("a-reverifier.csv")))
                .andReturn();
        List<String> lines = result.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        var rows = rechecks.all();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFfiche;question;a_verifier;valable_pour;a_partir_du;source");
        assertThat(lines).hasSize(rows.size() + 1);
        assertThat(lines.get(1)).startsWith("AID-022;").contains(";2016-03-22;");
    }

    @Test
    void onlyNationalEditorsAndTheOperatorSeeIt() throws Exception {
        try (var commune = fixtures.commune()) {
            List<Account> others = List.of(
                    commune.admin(), commune.agent(), commune.director(commune.school("École qui ne rédige pas")));
            for (Account other : others) {
                mvc.perform(get("/admin/redaction/a-reverifier").with(other.mvc()))
                        .andExpect(status().isNotFound());
                mvc.perform(get("/admin/redaction/a-reverifier.csv").with(other.mvc()))
                        .andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/admin/redaction/a-reverifier.csv")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anEditorKeepsTheLinesAndCannotSubmitOneWithoutAYear() throws Exception {
        var draft = mvc.perform(post("/admin/redaction/fiches/SAN-009/brouillon")
                        .with(csrf())
                        .with(w.editor().mvc()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(draft.substring(draft.lastIndexOf('/') + 1));
        var v = fiches.version(id).orElseThrow();
        assertThat(v.content().aReverifier()).singleElement().asString().contains("M'T dents");
        mvc.perform(get(draft).with(w.editor().mvc()))
                .andExpect(content().string(containsString("id=\"aReverifier\"")))
                .andExpect(content().string(containsString("chaque année de 3 à 24 ans (depuis 2025) | 2025")));

        mvc.perform(post(draft)
                        .with(csrf())
                        .with(w.editor().mvc())
                        .param("titre", v.content().titre())
                        .param("bref", v.content().bref())
                        .param("detail", v.content().detail())
                        .param("sources", String.join("\n", v.content().sources()))
                        .param("liees", String.join(",", v.content().liees()))
                        .param("aReverifier", "Âge limite de l'examen M'T dents | chaque année | ameli.fr")
                        .param("action", "soumettre"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pour laquelle le fait est valable")));
        var kept = fiches.version(id).orElseThrow();
        assertThat(kept.status()).isEqualTo(FicheVersion.Status.BROUILLON);
        assertThat(kept.content().aReverifier())
                .containsExactly("Âge limite de l'examen M'T dents | chaque année | ameli.fr");
    }
}
