package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every back-office route, tried by the admin of one collectivité on another's objects: 404, and
 * nothing changes.
 */
@PortailTest
class AdminTenantIsolationIntegrationTest {

    @Autowired
    Fixtures fixtures;

    /** An intercommunalité, one of its member communes, and a commune outside it, each with its admin. */
    World agglo;

    World mine;

    World theirs;

    @BeforeEach
    void threeCollectivitesOfTheirOwn() {
        agglo = fixtures.agglomeration();
        mine = agglo.member();
        theirs = fixtures.commune();
    }

    @AfterEach
    void removeThem() {
        theirs.close();
        agglo.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    @Test
    void anAdminOfOneCommuneGets404OnEveryRouteOfAnother() throws Exception {
        collectivites.updateLogo(theirs.id(), new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
        String theirUpload = uploadAs(theirs);
        var before = theirs.collectivite();

        for (RequestBuilder request :
                routes(theirs.slug(), theirUpload, mine.admin().mvc())) {
            mvc.perform(request).andExpect(status().isNotFound());
        }

        var after = theirs.collectivite();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.couleurPrimaire()).isEqualTo(before.couleurPrimaire());
        assertThat(after.hasLogo()).isTrue();
    }

    @Test
    void anUploadOfAnotherCollectiviteIsNotFoundUnderOnesOwnName() throws Exception {
        String theirUpload = uploadAs(theirs);

        mvc.perform(get("/admin/" + mine.slug() + "/etablissements/import/" + theirUpload)
                        .with(mine.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + mine.slug() + "/etablissements/import/" + theirUpload)
                        .with(csrf())
                        .with(mine.admin().mvc()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anIntercommunaliteManagesItsMemberCommunesButNoOther() throws Exception {
        mvc.perform(get("/admin/" + mine.slug() + "/apparence")
                        .with(agglo.admin().mvc()))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/" + theirs.slug() + "/apparence")
                        .with(agglo.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + agglo.slug()).with(mine.admin().mvc())).andExpect(status().isNotFound());
    }

    @Test
    void thePlatformAdminManagesEveryCollectivite() throws Exception {
        for (var c : collectivites.all()) {
            mvc.perform(get("/admin/" + c.slug() + "/identite")
                            .with(mine.platform().mvc()))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void theBackOfficeAsksForALogin() throws Exception {
        mvc.perform(get("/admin/" + mine.slug() + "/apparence"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/connexion"));
    }

    @Test
    void stateChangesWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/" + mine.slug() + "/apparence")
                        .with(mine.admin().mvc())
                        .param("couleurPrimaire", "#000000")
                        .param("couleurSecondaire", "#000000"))
                .andExpect(status().isForbidden());
        assertThat(collectivites.findBySlug(mine.slug()).orElseThrow().couleurPrimaire())
                .isNotEqualTo("#000000");
    }

    private String uploadAs(World w) throws Exception {
        String slug = w.slug();
        var file = new MockMultipartFile(
                "fichier",
                "annuaire.csv",
                "text/csv",
                "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Code_commune;Nom_commune\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(multipart("/admin/" + slug + "/etablissements/import")
                        .file(file)
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private List<RequestBuilder> routes(String slug, String uploadId, RequestPostProcessor user) {
        String school = theirs.school("École des Essais").uai();
        var logo = new MockMultipartFile("logo", "logo.png", "image/png", new byte[] {1, 2, 3});
        var csv = new MockMultipartFile("fichier", "a.csv", "text/csv", new byte[] {1});
        return List.of(
                get("/admin/" + slug).with(user),
                get("/admin/" + slug + "/identite").with(user),
                get("/admin/" + slug + "/apparence").with(user),
                get("/admin/" + slug + "/etablissements").with(user),
                get("/admin/" + slug + "/journal").with(user),
                get("/admin/" + slug + "/donnees-locales").with(user),
                get("/admin/" + slug + "/questions").with(user),
                get("/admin/" + slug + "/actualites").with(user),
                get("/admin/" + slug + "/actualites/nouvelle").with(user),
                get("/admin/" + slug + "/questions/locales/nouvelle").with(user),
                get("/admin/" + slug + "/etablissements/import/" + uploadId).with(user),
                post("/admin/" + slug + "/identite")
                        .with(csrf())
                        .with(user)
                        .param("nom", "Piraté")
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B"),
                post("/admin/" + slug + "/apparence")
                        .with(csrf())
                        .with(user)
                        .param("couleurPrimaire", "#000000")
                        .param("couleurSecondaire", "#000000"),
                multipart("/admin/" + slug + "/apparence/logo")
                        .file(logo)
                        .with(csrf())
                        .with(user),
                post("/admin/" + slug + "/apparence/logo/supprimer")
                        .with(csrf())
                        .with(user),
                multipart("/admin/" + slug + "/etablissements/import")
                        .file(csv)
                        .with(csrf())
                        .with(user),
                post("/admin/" + slug + "/etablissements/import/" + uploadId)
                        .with(csrf())
                        .with(user),
                // School pages (rubriques, dashboard, invitations, update requests, local establishments, outbox).
                get("/admin/" + slug + "/rubriques").with(user),
                post("/admin/" + slug + "/rubriques/proposees").with(csrf()).with(user),
                post("/admin/" + slug + "/rubriques/ajouter")
                        .with(csrf())
                        .with(user)
                        .param("titre", "Pirate"),
                get("/admin/" + slug + "/pages-ecoles").with(user),
                get("/admin/" + slug + "/pages-ecoles/" + school).with(user),
                post("/admin/" + slug + "/pages-ecoles/" + school + "/inviter")
                        .with(csrf())
                        .with(user)
                        .param("email", "a@b.fr"),
                post("/admin/" + slug + "/pages-ecoles/" + school + "/demander")
                        .with(csrf())
                        .with(user)
                        .param("message", "x")
                        .param("echeance", "01/01/2099"),
                get("/admin/" + slug + "/structures").with(user),
                post("/admin/" + slug + "/structures")
                        .with(csrf())
                        .with(user)
                        .param("nom", "Pirate")
                        .param("nature", "AUTRE")
                        .param("adresse", "x"),
                get("/admin/" + slug + "/courriels").with(user));
    }
}
