package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The operator signs up a new collectivité and keeps an intercommunalité's member list. */
@PortailTest
class CollectiviteCreationIntegrationTest {

    @Autowired
    Fixtures fixtures;

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    @Autowired
    TemporaryCollectivites temporary;

    @Test
    void theOperatorCreatesACommuneWhosePortalListsItsSchoolsAtOnce() throws Exception {
        try (var dept = fixtures.departement()) {
            try {
                createsACommune(dept);
            } finally {
                // The commune the operator created goes before its département.
                collectivites.findBySlug("cesson-sevigne").ifPresent(temporary::delete);
            }
        }
    }

    private void createsACommune(World dept) throws Exception {
        long departement = dept.id();
        mvc.perform(post("/admin/collectivites/nouvelle")
                        .with(csrf())
                        .with(w.platform().mvc())
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
        mvc.perform(get("/admin/cesson-sevigne").with(dept.admin().mvc())).andExpect(status().isOk());
    }

    @Test
    void wrongFieldsAreExplainedAndKept() throws Exception {
        mvc.perform(post("/admin/collectivites/nouvelle")
                        .with(csrf())
                        .with(w.platform().mvc())
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
                        .with(w.platform().mvc())
                        .param("type", "COMMUNE")
                        .param("nom", w.nom())
                        .param("slug", w.slug())
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
                            .with(w.platform().mvc())
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
        try (var dept = fixtures.departement()) {
            onlyTheOperator(dept);
        }
    }

    private void onlyTheOperator(World dept) throws Exception {
        mvc.perform(get("/admin/collectivites/nouvelle").with(dept.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/collectivites/nouvelle")
                        .with(csrf())
                        .with(w.admin().mvc())
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
        try (var aggloWorld = fixtures.agglomeration()) {
            var member = aggloWorld.member();
            aggloWorld.member();
            membersChangedByTheOperatorOnly(aggloWorld, member);
        }
    }

    private void membersChangedByTheOperatorOnly(World aggloWorld, World member) throws Exception {
        var agglo = aggloWorld.collectivite();
        var before = collectivites.members(agglo.id());
        // Its own agent cannot add another territory's commune (Rennes) nor drop one.
        mvc.perform(post("/admin/" + agglo.slug() + "/identite")
                        .with(csrf())
                        .with(aggloWorld.admin().mvc())
                        .param("nom", agglo.nom())
                        .param("siren", agglo.siren() == null ? "" : agglo.siren())
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B")
                        .param("afficherEcoles", "true")
                        .param("afficherColleges", "true")
                        .param("communes", "35115 Fougères\n35238 Rennes"))
                .andExpect(status().is3xxRedirection());
        assertThat(collectivites.members(agglo.id())).containsExactlyElementsOf(before);
        mvc.perform(get("/admin/" + agglo.slug() + "/identite")
                        .with(aggloWorld.admin().mvc()))
                .andExpect(content().string(containsString("elle seule modifie cette liste")))
                .andExpect(content().string(containsString(member.nom() + " (" + member.codeInsee() + ")")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"communes\""))));
        try {
            mvc.perform(post("/admin/" + agglo.slug() + "/identite")
                            .with(csrf())
                            .with(w.platform().mvc())
                            .param("nom", agglo.nom())
                            .param("siren", agglo.siren() == null ? "" : agglo.siren())
                            .param("academie", "Rennes")
                            .param("zoneVacances", "B")
                            .param("afficherEcoles", "true")
                            .param("communes", "35115 Fougères\n35150;Lécousse"))
                    .andExpect(status().is3xxRedirection());
            assertThat(collectivites.members(agglo.id()))
                    .extracting(CommuneMembre::codeInsee)
                    .containsExactlyInAnyOrder("35115", "35150");
            mvc.perform(get("/" + agglo.slug() + "/ecoles"))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(member.nom()))));
        } finally {
            mvc.perform(post("/admin/" + agglo.slug() + "/identite")
                    .with(csrf())
                    .with(w.platform().mvc())
                    .param("nom", agglo.nom())
                    .param("siren", agglo.siren() == null ? "" : agglo.siren())
                    .param("academie", "Rennes")
                    .param("zoneVacances", "B")
                    .param("afficherEcoles", "true")
                    .param("afficherColleges", "true")
                    .param("communes", CommuneList.format(before)));
        }
        assertThat(collectivites.members(agglo.id())).hasSameSizeAs(before);
    }
}
