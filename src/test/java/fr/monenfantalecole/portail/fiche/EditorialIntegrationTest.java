package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A change to a national sheet taken through the whole review chain, in order, to publication. */
@PortailTest
class EditorialIntegrationTest {

    static final String WRITER = "redaction@monenfant.demo";
    static final String REVIEWER = "relecture@monenfant.demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    NationalFiches fiches;

    @Autowired
    ReviewChain chain;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeGoesThroughEveryStepInOrderAndIsLiveEverywhereAtOnce() throws Exception {
        long published = fiches.find("INS-001").orElseThrow().publishedVersionId();
        long draft = draft("INS-001");
        var before = fiches.version(draft).orElseThrow();
        assertThat(before.status()).isEqualTo(FicheVersion.Status.BROUILLON);

        mvc.perform(post("/admin/redaction/versions/" + draft)
                        .with(csrf())
                        .with(staff.as(WRITER))
                        .param("titre", before.content().titre())
                        .param(
                                "bref",
                                "Dès 3 ans, l'école est obligatoire. Inscrivez votre enfant à la mairie au printemps.")
                        .param("detail", before.content().detail())
                        .param("sources", String.join("\n", before.content().sources()))
                        .param("liees", String.join(",", before.content().liees()))
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(2);

        // Step 3's holder cannot jump the queue.
        var lawyerOnly = staffWith("juriste-en@monenfant.demo", "RELECTURE_EDUCATION_NATIONALE");
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(lawyerOnly))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("attend l'étape « Relecture juridique »")));
        assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(2);

        // One person clears one step of a version: each step here has its own reviewer.
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(staff.as(REVIEWER)))
                .andExpect(status().is3xxRedirection());
        assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(3);
        for (int step = 3; step <= 6; step++) {
            mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                            .with(csrf())
                            .with(reviewerOfStep(step)))
                    .andExpect(status().is3xxRedirection());
            assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(step + 1);
        }
        mvc.perform(get("/fougeres/questions/inscription-scolaire/INS-001")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(reviewerOfStep(7))
                        .param("commentaire", "Parfait"))
                .andExpect(status().is3xxRedirection());

        assertThat(fiches.version(draft).orElseThrow().status()).isEqualTo(FicheVersion.Status.PUBLIEE);
        assertThat(fiches.version(published).orElseThrow().status()).isEqualTo(FicheVersion.Status.ARCHIVEE);
        String url = QuestionsReponses.url(
                "/rennes", "inscription-scolaire", "INS-001", before.content().titre());
        mvc.perform(get(url))
                .andExpect(content().string(containsString("Inscrivez votre enfant à la mairie au printemps.")));
        mvc.perform(get(url.replace("/rennes", "/vitre")))
                .andExpect(content().string(containsString("Inscrivez votre enfant à la mairie au printemps.")));

        mvc.perform(get("/admin/redaction/fiches/INS-001/comparer")
                        .param("de", String.valueOf(published))
                        .param("a", String.valueOf(draft))
                        .with(staff.as(REVIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajouté : </span>Dès 3 ans, l'école est obligatoire.")))
                .andExpect(content().string(containsString("Retiré : ")));
        mvc.perform(get("/admin/redaction/fiches/INS-001").with(staff.as(WRITER)))
                .andExpect(content().string(containsString("Archivée")))
                .andExpect(content().string(containsString("VERSION_PUBLIEE")));
    }

    @Test
    void onePersonApprovesAtMostOneStepOfAVersion() throws Exception {
        long draft = draft("CAN-002");
        submit(draft);
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(staff.as(REVIEWER)))
                .andExpect(status().is3xxRedirection());
        assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(3);
        mvc.perform(get("/admin/redaction/versions/" + draft).with(staff.as(REVIEWER)))
                .andExpect(content().string(not(containsString("/approuver"))));
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(staff.as(REVIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vous avez déjà validé une étape de cette version")));
        assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(3);
        // The writer, who cleared the writing step, cannot approve the next one either.
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(reviewerOfStep(3)))
                .andExpect(status().is3xxRedirection());
        assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(4);
        // Left out of review, so that the chain can still be reconfigured by other tests.
        mvc.perform(post("/admin/redaction/versions/" + draft + "/renvoyer")
                        .with(csrf())
                        .with(reviewerOfStep(4))
                        .param("commentaire", "Version d'essai"))
                .andExpect(status().is3xxRedirection());
        // The writer reads the reviewer's comment first, and can jump to what changed.
        String page = mvc.perform(get("/admin/redaction/versions/" + draft).with(staff.as(WRITER)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("Dernier commentaire de relecture"))
                .isPositive()
                .isLessThan(page.indexOf("Circuit de relecture"));
    }

    @Test
    void aReviewerSendsBackWithACommentAndTheWriterResubmits() throws Exception {
        long draft = draft("CAN-001");
        submit(draft);
        mvc.perform(post("/admin/redaction/versions/" + draft + "/renvoyer")
                        .with(csrf())
                        .with(staff.as(REVIEWER)))
                .andExpect(content().string(containsString("le commentaire est obligatoire")));
        mvc.perform(post("/admin/redaction/versions/" + draft + "/renvoyer")
                        .with(csrf())
                        .with(staff.as(REVIEWER))
                        .param("commentaire", "Citer l'article du Code de l'éducation"))
                .andExpect(status().is3xxRedirection());
        assertThat(fiches.version(draft).orElseThrow().status()).isEqualTo(FicheVersion.Status.A_REPRENDRE);
        mvc.perform(get("/admin/redaction/versions/" + draft).with(staff.as(WRITER)))
                .andExpect(content().string(containsString("« Citer l'article du Code de l'éducation »")));

        submit(draft);
        assertThat(fiches.version(draft).orElseThrow().status()).isEqualTo(FicheVersion.Status.EN_RELECTURE);
        assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(2);
    }

    @Test
    void aSheetWithAnUnknownLocalFieldCannotEnterReview() throws Exception {
        long draft = draft("PER-001");
        var v = fiches.version(draft).orElseThrow();
        mvc.perform(post("/admin/redaction/versions/" + draft)
                        .with(csrf())
                        .with(staff.as(WRITER))
                        .param("titre", v.content().titre())
                        .param("bref", v.content().bref())
                        .param("detail", v.content().detail() + "\n\nPrix : {{local:periscolaire.prix | variable}}.")
                        .param("action", "soumettre"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("« periscolaire.prix » n'existe pas")))
                .andExpect(content().string(containsString("Prix : {{local:periscolaire.prix | variable}}.")));
        assertThat(fiches.version(draft).orElseThrow().status()).isEqualTo(FicheVersion.Status.BROUILLON);
    }

    @Test
    void theLivePreviewShowsACollectiviteDataAndTheReadability() throws Exception {
        long fougeres = jdbc.sql("select id from collectivite where slug = 'fougeres'")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/redaction/apercu")
                        .with(csrf())
                        .with(staff.as(WRITER))
                        .param("titre", "Question")
                        .param("bref", "Une phrase courte. Une autre.")
                        .param(
                                "detail",
                                "Téléphone : {{local:contact.service_scolaire.telephone | celui de la mairie}}.")
                        .param("collectivite", String.valueOf(fougeres)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lisibilité (Kandel et Moles)")))
                .andExpect(content().string(containsString("href=\"tel:")));
    }

    @Test
    void collectiviteAgentsDoNotSeeTheNationalEditorialSpace() throws Exception {
        mvc.perform(get("/admin/redaction").with(staff.admin("fougeres"))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/redaction/fiches/INS-002/brouillon")
                        .with(csrf())
                        .with(staff.admin("rennes")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/redaction/circuit").with(staff.as(WRITER))).andExpect(status().isNotFound());
    }

    @Test
    void theOperatorConfiguresTheChain() throws Exception {
        var original = chain.steps();
        try {
            mvc.perform(post("/admin/redaction/circuit")
                            .with(csrf())
                            .with(staff.platform())
                            .param("etapes", "REDACTION | Rédaction\nrelecture | Relecture"))
                    .andExpect(content().string(containsString("Ligne 2 :")));
            mvc.perform(post("/admin/redaction/circuit")
                            .with(csrf())
                            .with(staff.platform())
                            .param("etapes", "REDACTION | Rédaction\nVALIDATION_FINALE | Validation finale"))
                    .andExpect(content().string(containsString("Le circuit est enregistré.")));
            assertThat(chain.steps())
                    .extracting(ReviewChain.Step::role)
                    .containsExactly("REDACTION", "VALIDATION_FINALE");
        } finally {
            chain.replace(original);
        }
    }

    private long draft(String ficheId) throws Exception {
        var result = mvc.perform(post("/admin/redaction/fiches/" + ficheId + "/brouillon")
                        .with(csrf())
                        .with(staff.as(WRITER)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void submit(long versionId) throws Exception {
        var v = fiches.version(versionId).orElseThrow();
        mvc.perform(post("/admin/redaction/versions/" + versionId)
                        .with(csrf())
                        .with(staff.as(WRITER))
                        .param("titre", v.content().titre())
                        .param("bref", v.content().bref())
                        .param("detail", v.content().detail())
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
    }

    private RequestPostProcessor reviewerOfStep(int step) {
        return staffWith(
                "relecteur-etape-" + step + "@monenfant.demo",
                chain.step(step).orElseThrow().role());
    }

    private RequestPostProcessor staffWith(String email, String role) {
        if (jdbc.sql("select count(*) from staff_user where email = :e")
                        .param("e", email)
                        .query(Integer.class)
                        .single()
                == 0) {
            long id = jdbc.sql(
                            "insert into staff_user (email, nom, password_hash) values (:e, 'Relecteur EN', '{noop}x') returning id")
                    .param("e", email)
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into role_grant (user_id, role) values (:u, :r)")
                    .param("u", id)
                    .param("r", role)
                    .update();
        }
        return staff.as(email);
    }
}
