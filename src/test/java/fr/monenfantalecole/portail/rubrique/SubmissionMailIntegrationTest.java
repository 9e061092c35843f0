package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
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
    Collectivites collectivites;

    @Test
    void theMairieIsToldWhenADirectorSubmits() throws Exception {
        var fougeres = collectivites.findBySlug("fougeres").orElseThrow();
        var rubrique = rubriques.own(fougeres.id()).stream()
                .filter(r -> r.titre().equals("Activités"))
                .findFirst()
                .orElseThrow();
        int before = outbox.to("agent.ecoles@fougeres.demo").size();
        mvc.perform(post("/admin/mes-etablissements/0350256N/rubriques/" + rubrique.id())
                        .with(csrf())
                        .with(staff.as("directeur.0350256n@fougeres.demo"))
                        .param("texte", "Classe découverte en **avril**.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        var mails = outbox.to("agent.ecoles@fougeres.demo");
        assertThat(mails).hasSize(before + 1);
        var mail = mails.getFirst();
        assertThat(mail.sujet()).isEqualTo("À valider : « Activités » — École primaire publique Odile Gautry");
        assertThat(mail.corps())
                .contains("la rubrique « Activités » de la page de l'école primaire publique Odile Gautry")
                .contains("/admin/fougeres/pages-ecoles/0350256N/rubriques/" + rubrique.id())
                .doesNotContain("de Ecole");
        assertThat(outbox.to("admin@fougeres.demo"))
                .anySatisfy(m -> assertThat(m.sujet()).startsWith("À valider"));
    }
}
