package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The operator signs up a new collectivité and keeps an intercommunalité's member list. */
@PortailTest
class CollectiviteCreationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Collectivites collectivites;

    @Test
    void theOperatorCreatesACommuneWhosePortalListsItsSchoolsAtOnce() throws Exception {
        long departement =
                collectivites.findBySlug("ille-et-vilaine").orElseThrow().id();
        mvc.perform(post("/admin/collectivites/nouvelle")
                        .with(csrf())
                        .with(staff.platform())
                        .param("type", "COMMUNE")
                        .param("nom", "Cesson-Sévigné")
                        .param("slug", "")
                        .param("codeInsee", "35051")
                        .param("siren", "213500515")
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B")
                        .param("parentId", String.valueOf(departement)))
                .andExpect(redirectedUrl("/admin/cesson-sevigne/identite?enregistre"));

        mvc.perform(get("/cesson-sevigne/ecoles"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Écoles — Cesson-Sévigné")))
                .andExpect(content().string(containsString("établissements")));
        // The département's agent manages it, being above it.
        mvc.perform(get("/admin/cesson-sevigne").with(staff.admin("ille-et-vilaine")))
                .andExpect(status().isOk());
    }

    @Test
    void wrongFieldsAreExplainedAndKept() throws Exception {
        mvc.perform(post("/admin/collectivites/nouvelle")
                        .with(csrf())
                        .with(staff.platform())
                        .param("type", "EPCI")
                        .param("nom", "Vitré Communauté")
                        .param("slug", "admin")
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B")
                        .param("communes", "35360 Vitré\nVitré-sur-mer"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("est réservée par la plateforme")))
                .andExpect(content().string(containsString("Ligne 2 : « Vitré-sur-mer »")))
                .andExpect(content().string(containsString("value=\"Vitré Communauté\"")));
        mvc.perform(post("/admin/collectivites/nouvelle")
                        .with(csrf())
                        .with(staff.platform())
                        .param("type", "COMMUNE")
                        .param("nom", "Fougères")
                        .param("slug", "fougeres")
                        .param("codeInsee", "351")
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B"))
                .andExpect(content().string(containsString("déjà celle d'une autre collectivité")))
                .andExpect(content().string(containsString("5 caractères")));
    }

    @Test
    void theWordsOfThePlatformsOwnAddressesAreNotSlugs() throws Exception {
        for (String slug : new String[] {
            "redaction",
            "connexion",
            "admin",
            "api",
            "actuator",
            "collectivites",
            "invitation",
            "readyz",
            "documentation"
        }) {
            mvc.perform(post("/admin/collectivites/nouvelle")
                            .with(csrf())
                            .with(staff.platform())
                            .param("type", "COMMUNE")
                            .param("nom", "Commune " + slug)
                            .param("slug", slug)
                            .param("codeInsee", "35051")
                            .param("academie", "Rennes")
                            .param("zoneVacances", "B"))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString("L'adresse « " + slug + " » est réservée par la plateforme")))
                    .andExpect(content().string(containsString("value=\"Commune " + slug + "\"")));
            assertThat(collectivites.findBySlug(slug)).as(slug).isEmpty();
        }
    }

    @Test
    void onlyTheOperatorCreatesCollectivites() throws Exception {
        mvc.perform(get("/admin/collectivites/nouvelle").with(staff.admin("ille-et-vilaine")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/collectivites/nouvelle")
                        .with(csrf())
                        .with(staff.admin("fougeres"))
                        .param("type", "COMMUNE")
                        .param("nom", "Pirate")
                        .param("codeInsee", "35115")
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B"))
                .andExpect(status().isNotFound());
        assertThat(collectivites.findBySlug("pirate")).isEmpty();
    }

    @Test
    void onlyTheOperatorChangesAnIntercommunalitesMemberCommunes() throws Exception {
        var agglo = collectivites.findBySlug("fougeres-agglomeration").orElseThrow();
        var before = collectivites.members(agglo.id());
        // Its own agent cannot add another territory's commune (Rennes) nor drop one.
        mvc.perform(post("/admin/fougeres-agglomeration/identite")
                        .with(csrf())
                        .with(staff.admin("fougeres-agglomeration"))
                        .param("nom", agglo.nom())
                        .param("siren", agglo.siren())
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B")
                        .param("afficherEcoles", "true")
                        .param("afficherColleges", "true")
                        .param("communes", "35115 Fougères\n35238 Rennes"))
                .andExpect(status().is3xxRedirection());
        assertThat(collectivites.members(agglo.id())).containsExactlyElementsOf(before);
        mvc.perform(get("/admin/fougeres-agglomeration/identite").with(staff.admin("fougeres-agglomeration")))
                .andExpect(content().string(containsString("elle seule modifie cette liste")))
                .andExpect(content().string(containsString("Louvigné-du-Désert (35162)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"communes\""))));
        try {
            mvc.perform(post("/admin/fougeres-agglomeration/identite")
                            .with(csrf())
                            .with(staff.platform())
                            .param("nom", agglo.nom())
                            .param("siren", agglo.siren())
                            .param("academie", "Rennes")
                            .param("zoneVacances", "B")
                            .param("afficherEcoles", "true")
                            .param("communes", "35115 Fougères\n35150;Lécousse"))
                    .andExpect(status().is3xxRedirection());
            assertThat(collectivites.members(agglo.id()))
                    .extracting(CommuneMembre::codeInsee)
                    .containsExactlyInAnyOrder("35115", "35150");
            mvc.perform(get("/fougeres-agglomeration/ecoles"))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Louvigné-du-Désert"))));
        } finally {
            mvc.perform(post("/admin/fougeres-agglomeration/identite")
                    .with(csrf())
                    .with(staff.platform())
                    .param("nom", agglo.nom())
                    .param("siren", agglo.siren())
                    .param("academie", "Rennes")
                    .param("zoneVacances", "B")
                    .param("afficherEcoles", "true")
                    .param("afficherColleges", "true")
                    .param("communes", CommuneList.format(before)));
        }
        assertThat(collectivites.members(agglo.id())).hasSameSizeAs(before);
    }
}
