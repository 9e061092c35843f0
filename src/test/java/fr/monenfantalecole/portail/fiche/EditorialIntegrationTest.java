package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Account;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A change to a national sheet taken through the whole review chain, in order, to publication. */
@PortailTest
class EditorialIntegrationTest {

    /** The review steps one reviewer of the national team holds, as the demo's own does. */
    static final String[] EVERY_STEP = {
        "RELECTURE_JURIDIQUE",
        "RELECTURE_EDUCATION_NATIONALE",
        "RELECTURE_DOCUMENTATION_FRANCAISE",
        "LISIBILITE",
        "ACCESSIBILITE",
        "VALIDATION_FINALE"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    NationalFiches fiches;

    @Autowired
    ReviewChain chain;

    /** A commune whose portal shows the sheets, with the national writer and reviewers of this test. */
    @OwnCommune
    World w;

    /** Another portal, where a published change is live too. */
    @OwnCommune
    World other;

    private @Nullable Account reviewer;

    @Test
    void aChangeGoesThroughEveryStepInOrderAndIsLiveEverywhereAtOnce() throws Exception {
        long published = fiches.find("INS-001").orElseThrow().publishedVersionId();
        long draft = draft("INS-001");
        var before = fiches.version(draft).orElseThrow();
        assertThat(before.status()).isEqualTo(FicheVersion.Status.BROUILLON);

        mvc.perform(post("/admin/redaction/versions/" + draft)
                        .with(csrf())
                        .with(w.editor().mvc())
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
        var lawyerOnly = w.reviewer("RELECTURE_EDUCATION_NATIONALE").mvc();
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(lawyerOnly))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("attend l'étape « Relecture juridique »")));
        assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(2);

        // One person clears one step of a version: each step here has its own reviewer.
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(reviewer()))
                .andExpect(status().is3xxRedirection());
        assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(3);
        for (int step = 3; step <= 6; step++) {
            mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                            .with(csrf())
                            .with(reviewerOfStep(step)))
                    .andExpect(status().is3xxRedirection());
            assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(step + 1);
        }
        mvc.perform(get("/" + w.slug() + "/questions/inscription-scolaire/INS-001"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(reviewerOfStep(7))
                        .param("commentaire", "Parfait"))
                .andExpect(status().is3xxRedirection());

        assertThat(fiches.version(draft).orElseThrow().status()).isEqualTo(FicheVersion.Status.PUBLIEE);
        assertThat(fiches.version(published).orElseThrow().status()).isEqualTo(FicheVersion.Status.ARCHIVEE);
        String url = QuestionsReponses.url(
                "/" + w.slug(),
                "inscription-scolaire",
                "INS-001",
                before.content().titre());
        mvc.perform(get(url))
                .andExpect(content().string(containsString("Inscrivez votre enfant à la mairie au printemps.")));
        mvc.perform(get(url.replace("/" + w.slug() + "/", "/" + other.slug() + "/")))
                .andExpect(content().string(containsString("Inscrivez votre enfant à la mairie au printemps.")));

        mvc.perform(get("/admin/redaction/fiches/INS-001/comparer")
                        .param("de", String.valueOf(published))
                        .param("a", String.valueOf(draft))
                        .with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajouté : </span>Dès 3 ans, l'école est obligatoire.")))
                .andExpect(content().string(containsString("Retiré : ")));
        mvc.perform(get("/admin/redaction/fiches/INS-001").with(w.editor().mvc()))
                .andExpect(content().string(containsString("Archivée")))
                .andExpect(content().string(containsString("VERSION_PUBLIEE")));
    }

    @Test
    void onePersonApprovesAtMostOneStepOfAVersion() throws Exception {
        long draft = draft("CAN-002");
        submit(draft);
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(reviewer()))
                .andExpect(status().is3xxRedirection());
        assertThat(fiches.version(draft).orElseThrow().currentStep()).isEqualTo(3);
        mvc.perform(get("/admin/redaction/versions/" + draft).with(reviewer()))
                .andExpect(content().string(not(containsString("/approuver"))));
        mvc.perform(post("/admin/redaction/versions/" + draft + "/approuver")
                        .with(csrf())
                        .with(reviewer()))
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
        String page = mvc.perform(get("/admin/redaction/versions/" + draft)
                        .with(w.editor().mvc()))
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
                        .with(reviewer()))
                .andExpect(content().string(containsString("le commentaire est obligatoire")));
        mvc.perform(post("/admin/redaction/versions/" + draft + "/renvoyer")
                        .with(csrf())
                        .with(reviewer())
                        .param("commentaire", "Citer l'article du Code de l'éducation"))
                .andExpect(status().is3xxRedirection());
        assertThat(fiches.version(draft).orElseThrow().status()).isEqualTo(FicheVersion.Status.A_REPRENDRE);
        mvc.perform(get("/admin/redaction/versions/" + draft).with(w.editor().mvc()))
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
                        .with(w.editor().mvc())
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
        w.localValue("contact.service_scolaire.telephone", "02 99 94 88 00");
        mvc.perform(post("/admin/redaction/apercu")
                        .with(csrf())
                        .with(w.editor().mvc())
                        .param("titre", "Question")
                        .param("bref", "Une phrase courte. Une autre.")
                        .param(
                                "detail",
                                "Téléphone : {{local:contact.service_scolaire.telephone | celui de la mairie}}.")
                        .param("collectivite", String.valueOf(w.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lisibilité (Kandel et Moles)")))
                .andExpect(content().string(containsString("href=\"tel:")));
    }

    @Test
    void collectiviteAgentsDoNotSeeTheNationalEditorialSpace() throws Exception {
        mvc.perform(get("/admin/redaction").with(w.admin().mvc())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/redaction/fiches/INS-002/brouillon")
                        .with(csrf())
                        .with(other.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/redaction/circuit").with(w.editor().mvc())).andExpect(status().isNotFound());
    }

    @Test
    void theOperatorConfiguresTheChain() throws Exception {
        var original = chain.steps();
        try {
            mvc.perform(post("/admin/redaction/circuit")
                            .with(csrf())
                            .with(w.platform().mvc())
                            .param("etapes", "REDACTION | Rédaction\nrelecture | Relecture"))
                    .andExpect(content().string(containsString("Ligne 2 :")));
            mvc.perform(post("/admin/redaction/circuit")
                            .with(csrf())
                            .with(w.platform().mvc())
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
                        .with(w.editor().mvc()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void submit(long versionId) throws Exception {
        var v = fiches.version(versionId).orElseThrow();
        mvc.perform(post("/admin/redaction/versions/" + versionId)
                        .with(csrf())
                        .with(w.editor().mvc())
                        .param("titre", v.content().titre())
                        .param("bref", v.content().bref())
                        .param("detail", v.content().detail())
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
    }

    /** This test's reviewer who holds every step (one person, one step of a version all the same). */
    private RequestPostProcessor reviewer() {
        var made = reviewer;
        if (made == null) {
            made = w.reviewer(EVERY_STEP);
            reviewer = made;
        }
        return made.mvc();
    }

    /** A reviewer of this test's own who holds only that step's role: one person per step. */
    private RequestPostProcessor reviewerOfStep(int step) {
        return w.reviewer(chain.step(step).orElseThrow().role()).mvc();
    }
}
