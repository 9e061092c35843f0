package fr.monenfantalecole.portail.localdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.fiche.QuestionsReponses;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Collectivites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A mairie agent fills in local data and sees it in the sheets at once; other collectivités never do. */
@PortailTest
class LocalDataIntegrationTest {

    static final String TEL_SHEET = "/questions/periscolaire/PER-001";

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalValues values;

    @Autowired
    Collectivites collectivites;

    @Autowired
    AuditLog audit;

    /** A commune that fills its local data, and a neighbour that does not, each with its admin. */
    @OwnCommune
    World w;

    @OwnCommune
    World other;

    @Test
    void theDemoCollectivitesHaveTheirDataInTheirSheets() throws Exception {
        String url = QuestionsReponses.url(
                "/fougeres",
                "inscription-scolaire",
                "INS-002",
                "Comment inscrire mon enfant pour sa première rentrée en maternelle ?");
        mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"local\"")))
                .andExpect(content().string(containsString("Fougères")))
                .andExpect(content().string(not(containsString("{{"))));
    }

    @Test
    void theFormShowsCompletenessTypesAndTheSheetsAnEmptyFieldLeavesToTheNationalText() throws Exception {
        mvc.perform(get("/admin/" + w.slug() + "/donnees-locales")
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("données renseignées")))
                .andExpect(content().string(containsString("Téléphone")))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*(?:\\b1 fiche affiche|\\b(?:[2-9]|\\d{2,}) fiches affichent) la phrase nationale.*")))
                .andExpect(content().string(containsString("Restauration scolaire")));
    }

    @Test
    void wrongValuesAreExplainedNextToTheirFieldAndNothingIsSavedOrLost() throws Exception {
        long id = w.id();
        var before = values.of(id);
        mvc.perform(post("/admin/" + w.slug() + "/donnees-locales")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("champ.contact.service_scolaire.telephone", "02 99")
                        .param("champ.portail_famille.url", "www.donnees-locales.fr")
                        .param("champ.cantine.tarifs", "pas cher")
                        .param("champ.commune.nom", "Localeville, ville d'art"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Numéro de téléphone à 10 chiffres attendu")))
                .andExpect(content().string(containsString("commençant par https://")))
                .andExpect(content().string(containsString("au moins un montant en euros")))
                .andExpect(content().string(containsString("value=\"02 99\"")))
                .andExpect(content().string(containsString("value=\"Localeville, ville d&#39;art\"")));
        assertThat(values.of(id)).isEqualTo(before);
    }

    @Test
    void aSavedValueIsLiveInTheSheetsRecordedAndListedAsUpdated() throws Exception {
        long id = w.id();
        mvc.perform(post("/admin/" + w.slug() + "/donnees-locales")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("champ.contact.periscolaire.telephone", "02.99.40.71.99")
                        .param("champ.periscolaire.horaires_matin", "De 7 h 05 à 8 h 25"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("changedCount", 2));
        assertThat(values.of(id)).containsEntry("contact.periscolaire.telephone", "02 99 40 71 99");

        mvc.perform(get("/" + w.slug() + TEL_SHEET).param("x", "1")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(QuestionsReponses.url(
                        "/" + w.slug(), "periscolaire", "PER-001", "Qu'est-ce que l'accueil périscolaire ?")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("De 7 h 05 à 8 h 25");
        // The neighbour, which has not filled it, keeps the national sentence.
        String neighbour = mvc.perform(get(QuestionsReponses.url(
                        "/" + other.slug(), "periscolaire", "PER-001", "Qu'est-ce que l'accueil périscolaire ?")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(neighbour).doesNotContain("De 7 h 05 à 8 h 25");
        mvc.perform(get("/admin/" + w.slug() + "/journal").with(w.admin().mvc()))
                .andExpect(content().string(containsString("periscolaire.horaires_matin")));
        assertThat(audit.recent(id, 10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("DONNEE_LOCALE_MODIFIEE");
            assertThat(e.objectId()).isEqualTo("periscolaire.horaires_matin");
        });
    }

    @Test
    void anAgentOfOneCollectiviteGets404OnAnothersLocalData() throws Exception {
        long neighbour = other.id();
        var before = values.of(neighbour);
        mvc.perform(get("/admin/" + other.slug() + "/donnees-locales")
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + other.slug() + "/donnees-locales")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("champ.commune.nom", "Piraté"))
                .andExpect(status().isNotFound());
        assertThat(values.of(neighbour)).isEqualTo(before);
    }
}
