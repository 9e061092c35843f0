package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The mairie hears of a director's submission by e-mail (through the outbox), worded in correct French. */
@PortailTest
class SubmissionMailIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Outbox outbox;

    @Autowired
    Rubriques rubriques;

    @Autowired
    Fixtures fixtures;

    @Test
    void theMairieIsToldWhenADirectorSubmits() throws Exception {
        try (var w = fixtures.commune("pages-courriel", "Courriel-sur-Couesnon")) {
            told(TestSchoolPages.create(w, "Ecole primaire publique Odile Gautry", rubriques));
        }
    }

    private void told(TestSchoolPages fixture) throws Exception {
        var rubrique = fixture.rubrique(rubriques, "Activités");
        int before = outbox.to(fixture.agent()).size();
        mvc.perform(post("/admin/mes-etablissements/" + fixture.uai() + "/rubriques/" + rubrique.id())
                        .with(csrf())
                        .with(staff.as(fixture.director()))
                        .param("texte", "Classe découverte en **avril**.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        var mails = outbox.to(fixture.agent());
        assertThat(mails).hasSize(before + 1);
        var mail = mails.getFirst();
        assertThat(mail.sujet()).isEqualTo("À valider : « Activités » — École primaire publique Odile Gautry");
        assertThat(mail.corps())
                .contains("la rubrique « Activités » de la page de l'école primaire publique Odile Gautry")
                .contains("/admin/pages-courriel/pages-ecoles/" + fixture.uai() + "/rubriques/" + rubrique.id())
                .doesNotContain("de Ecole");
        assertThat(outbox.to(fixture.admin()))
                .anySatisfy(m -> assertThat(m.sujet()).startsWith("À valider"));
    }
}
