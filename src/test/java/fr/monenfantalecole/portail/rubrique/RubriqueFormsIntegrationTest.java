package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The director's editor ("rubriqueTextForm") and the mairie's decision ("reviewForm") on the house
 * validation idiom: the same French messages as before, the text typed never lost, a tampered hidden
 * field never a 400 or a 500.
 */
@PortailTest
class RubriqueFormsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Rubriques rubriques;

    @Autowired
    RubriqueContents contents;

    @OwnCommune
    World w;

    /** The commune, its école and its director. */
    TestSchoolPages fixture;

    @BeforeEach
    void schoolPages() {
        fixture = TestSchoolPages.create(w, "Ecole maternelle publique la Madeleine", rubriques);
    }

    Rubrique equipe() {
        return fixture.rubrique(rubriques, "L'équipe");
    }

    @Test
    void theEditorRefusesATooLongTextOrAnEmptySubmissionAndKeepsWhatWasTyped() throws Exception {
        var director = staff.as(fixture.director());
        var equipe = equipe();
        String editor = "/admin/mes-etablissements/" + fixture.uai() + "/rubriques/" + equipe.id();
        String tooLong = "Mme Leroy. " + "x".repeat(RubriqueContents.MAX_LENGTH);
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", tooLong)
                        .param("action", "soumettre"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Le texte dépasse 20000 caractères : raccourcissez-le ou joignez un document PDF. Rien n")))
                .andExpect(content().string(containsString(tooLong)));
        assertThat(contents.working(equipe.id(), fixture.uai()).map(RubriqueVersion::texte))
                .isNotEqualTo(java.util.Optional.of(tooLong));

        // Line ends sent by the browser as \r\n count as one character each: this text fits.
        String lines = "ligne\r\n".repeat(RubriqueContents.MAX_LENGTH / 6);
        mvc.perform(post(editor).with(csrf()).with(director).param("texte", lines))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(editor)
                        .with(csrf())
                        .with(director)
                        .param("texte", "  ")
                        .param("action", "soumettre"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Écrivez le contenu de la rubrique avant de l")));
        // As before, the empty text is kept as the draft, and nothing is submitted.
        var working = contents.working(equipe.id(), fixture.uai()).orElseThrow();
        assertThat(working.texte()).isBlank();
        assertThat(working.etat()).isNotEqualTo(RubriqueVersion.State.SOUMIS);
    }

    @Test
    void theDecisionNeedsTheVersionReadAndACommentToSendBack() throws Exception {
        var equipe = equipe();
        String editor = "/admin/mes-etablissements/" + fixture.uai() + "/rubriques/" + equipe.id();
        mvc.perform(post(editor)
                        .with(csrf())
                        .with(staff.as(fixture.director()))
                        .param("texte", "Mme Leroy, directrice.")
                        .param("action", "soumettre"))
                .andExpect(status().is3xxRedirection());
        var working = contents.working(equipe.id(), fixture.uai()).orElseThrow();
        String review = "/admin/" + w.slug() + "/pages-ecoles/" + fixture.uai() + "/rubriques/" + equipe.id();
        // A version that is not a number (a tampered page) is answered as a version changed since.
        mvc.perform(post(review + "/valider")
                        .with(csrf())
                        .with(staff.as(fixture.admin()))
                        .param("version", "abc")
                        .param("soumisLe", String.valueOf(working.soumisLe())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("erreur", containsString("relisez la nouvelle version")));
        mvc.perform(post(review + "/renvoyer")
                        .with(csrf())
                        .with(staff.as(fixture.admin()))
                        .param("version", String.valueOf(working.id()))
                        .param("soumisLe", String.valueOf(working.soumisLe()))
                        .param("commentaire", "   "))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("erreur", "Expliquez au directeur ce qu'il faut reprendre."));
        mvc.perform(post(review + "/renvoyer")
                        .with(csrf())
                        .with(staff.as(fixture.admin()))
                        .param("version", String.valueOf(working.id()))
                        .param("soumisLe", String.valueOf(working.soumisLe()))
                        .param("commentaire", "  Ajoutez les horaires de l'accueil.  "))
                .andExpect(flash().attribute("message", containsString("est renvoyée au directeur")));
        assertThat(contents.history(equipe.id(), fixture.uai()))
                .anyMatch(v -> "Ajoutez les horaires de l'accueil.".equals(v.commentaire()));
    }
}
