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

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
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
    Staff staff;

    @Autowired
    Rubriques rubriques;

    @Autowired
    RubriqueContents contents;

    @Autowired
    StaffUsers users;

    @Autowired
    Collectivites collectivites;

    @Autowired
    UpdateRequests requests;

    @Autowired
    JdbcClient jdbc;

    @Test
    void askFirstThenUndoWithTheContent() throws Exception {
        var vitre = collectivites.findBySlug("vitre").orElseThrow();
        String titre = "Essai de suppression";
        var r = newRubrique(vitre.id(), titre);
        long agent = users.idOf("admin@vitre.demo").orElseThrow();
        contents.saveDraft(r.id(), "0352434F", "Texte écrit par l'école.", agent);
        String base = "/admin/vitre/rubriques/" + r.id();
        try {
            // The list links to a confirmation, which says what would be lost; nothing is deleted yet.
            mvc.perform(get("/admin/vitre/rubriques").with(staff.admin("vitre")))
                    .andExpect(content().string(containsString("href=\"" + base + "/supprimer\"")));
            mvc.perform(get(base + "/supprimer").with(staff.admin("vitre")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Un établissement a écrit dans cette rubrique")));
            assertThat(rubriques.own(vitre.id())).extracting(Rubrique::titre).contains(titre);

            // Another collectivité's agent can neither see the confirmation nor undo.
            mvc.perform(get(base + "/supprimer").with(staff.admin("rennes"))).andExpect(status().isNotFound());

            mvc.perform(post(base + "/supprimer").with(csrf()).with(staff.admin("vitre")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("annulableId", r.id()));
            assertThat(rubriques.own(vitre.id())).extracting(Rubrique::titre).doesNotContain(titre);
            mvc.perform(get("/vitre/ecoles/0352434F")).andExpect(content().string(not(containsString(titre))));
            mvc.perform(post(base + "/retablir").with(csrf()).with(staff.admin("rennes")))
                    .andExpect(status().isNotFound());

            mvc.perform(post(base + "/retablir").with(csrf()).with(staff.admin("vitre")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("message", containsString("rétablie")));
            assertThat(rubriques.own(vitre.id())).extracting(Rubrique::titre).contains(titre);
            assertThat(contents.working(r.id(), "0352434F")).isPresent();
        } finally {
            rubriques.delete(vitre.id(), r.id());
        }
    }

    @Test
    void theUpdateRequestsOfADeletedRubriqueNoLongerShowToItsDirectors() {
        var vitre = collectivites.findBySlug("vitre").orElseThrow();
        var r = newRubrique(vitre.id(), "Essai de demande");
        long agent = users.idOf("admin@vitre.demo").orElseThrow();
        String message = "Mettez à jour l'essai de demande.";
        jdbc.sql("""
                insert into demande_mise_a_jour (collectivite_id, etablissement, rubrique_id, message, echeance, cree_par)
                values (:c, '0352434F', :r, :m, current_date + 30, :by)""")
                .param("c", vitre.id())
                .param("r", r.id())
                .param("m", message)
                .param("by", agent)
                .update();
        try {
            assertThat(requests.open(vitre.id(), "0352434F"))
                    .extracting(UpdateRequests.Request::message)
                    .contains(message);
            rubriques.delete(vitre.id(), r.id());
            assertThat(requests.open(vitre.id(), "0352434F"))
                    .extracting(UpdateRequests.Request::message)
                    .doesNotContain(message);
            // Undone, the rubrique brings its request back.
            assertThat(rubriques.restore(vitre.id(), r.id())).isNull();
            assertThat(requests.open(vitre.id(), "0352434F"))
                    .extracting(UpdateRequests.Request::message)
                    .contains(message);
        } finally {
            jdbc.sql("delete from demande_mise_a_jour where rubrique_id = :r")
                    .param("r", r.id())
                    .update();
            rubriques.delete(vitre.id(), r.id());
        }
    }

    private Rubrique newRubrique(long collectiviteId, String titre) {
        assertThat(rubriques.add(collectiviteId, titre, "Pour le test")).isNull();
        return rubriques.own(collectiviteId).stream()
                .filter(x -> x.titre().equals(titre))
                .findFirst()
                .orElseThrow();
    }
}
