package fr.monenfantalecole.portail.rubrique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Deleting a rubrique asks first, says what it takes away, and can be undone with the content (issue 19). */
@PortailTest
class RubriqueDeletionIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Rubriques rubriques;

    @Autowired
    RubriqueContents contents;

    @Autowired
    UpdateRequests requests;

    @Autowired
    JdbcClient jdbc;

    /** The commune whose rubrique goes, with its école. */
    @OwnCommune
    World w;

    /** Another collectivité, whose admin may not touch it. */
    @OwnCommune
    World other;

    @Test
    void askFirstThenUndoWithTheContent() throws Exception {
        String school = w.school("Ecole publique de la Suppression").uai();
        String titre = "Essai de suppression";
        var r = newRubrique(w.id(), titre);
        contents.saveDraft(r.id(), school, "Texte écrit par l'école.", w.admin().id());
        String base = "/admin/" + w.slug() + "/rubriques/" + r.id();
        // The list links to a confirmation, which says what would be lost; nothing is deleted yet.
        mvc.perform(get("/admin/" + w.slug() + "/rubriques").with(w.admin().mvc()))
                .andExpect(content().string(containsString("href=\"" + base + "/supprimer\"")));
        mvc.perform(get(base + "/supprimer").with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un établissement a écrit dans cette rubrique")));
        assertThat(rubriques.own(w.id())).extracting(Rubrique::titre).contains(titre);

        // Another collectivité's agent can neither see the confirmation nor undo.
        mvc.perform(get(base + "/supprimer").with(other.admin().mvc())).andExpect(status().isNotFound());

        mvc.perform(post(base + "/supprimer").with(csrf()).with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("annulableId", r.id()));
        assertThat(rubriques.own(w.id())).extracting(Rubrique::titre).doesNotContain(titre);
        mvc.perform(get("/" + w.slug() + "/ecoles/" + school))
                .andExpect(content().string(not(containsString(titre))));
        mvc.perform(post(base + "/retablir").with(csrf()).with(other.admin().mvc()))
                .andExpect(status().isNotFound());

        mvc.perform(post(base + "/retablir").with(csrf()).with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", containsString("rétablie")));
        assertThat(rubriques.own(w.id())).extracting(Rubrique::titre).contains(titre);
        assertThat(contents.working(r.id(), school)).isPresent();
    }

    @Test
    void theUpdateRequestsOfADeletedRubriqueNoLongerShowToItsDirectors() {
        String school = w.school("Ecole publique de la Suppression").uai();
        var r = newRubrique(w.id(), "Essai de demande");
        String message = "Mettez à jour l'essai de demande.";
        jdbc.sql("""
                insert into demande_mise_a_jour (collectivite_id, etablissement, rubrique_id, message, echeance, cree_par)
                values (:c, :school, :r, :m, current_date + 30, :by)""")
                .param("c", w.id())
                .param("school", school)
                .param("r", r.id())
                .param("m", message)
                .param("by", w.admin().id())
                .update();
        assertThat(requests.open(w.id(), school))
                .extracting(UpdateRequests.Request::message)
                .contains(message);
        rubriques.delete(w.id(), r.id());
        assertThat(requests.open(w.id(), school))
                .extracting(UpdateRequests.Request::message)
                .doesNotContain(message);
        // Undone, the rubrique brings its request back.
        assertThat(rubriques.restore(w.id(), r.id())).isNull();
        assertThat(requests.open(w.id(), school))
                .extracting(UpdateRequests.Request::message)
                .contains(message);
    }

    private Rubrique newRubrique(long collectiviteId, String titre) {
        assertThat(rubriques.add(collectiviteId, titre, "Pour le test")).isNull();
        return rubriques.own(collectiviteId).stream()
                .filter(x -> x.titre().equals(titre))
                .findFirst()
                .orElseThrow();
    }
}
