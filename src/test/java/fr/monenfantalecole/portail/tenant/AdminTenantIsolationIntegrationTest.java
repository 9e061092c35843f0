package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Collectivites collectivites;

    @Test
    void anAdminOfOneCommuneGets404OnEveryRouteOfAnother() throws Exception {
        String rennesUpload = uploadAs("rennes");
        var before = collectivites.findBySlug("rennes").orElseThrow();

        for (RequestBuilder request : routes("rennes", rennesUpload, staff.admin("fougeres"))) {
            mvc.perform(request).andExpect(status().isNotFound());
        }

        var after = collectivites.findBySlug("rennes").orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.couleurPrimaire()).isEqualTo(before.couleurPrimaire());
        assertThat(after.hasLogo()).isTrue();
    }

    @Test
    void anUploadOfAnotherCollectiviteIsNotFoundUnderOnesOwnName() throws Exception {
        String rennesUpload = uploadAs("rennes");

        mvc.perform(get("/admin/fougeres/etablissements/import/" + rennesUpload).with(staff.admin("fougeres")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/fougeres/etablissements/import/" + rennesUpload)
                        .with(csrf())
                        .with(staff.admin("fougeres")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anIntercommunaliteManagesItsMemberCommunesButNoOther() throws Exception {
        mvc.perform(get("/admin/fougeres/apparence").with(staff.admin("fougeres-agglomeration")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/rennes/apparence").with(staff.admin("fougeres-agglomeration")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/fougeres-agglomeration").with(staff.admin("fougeres")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePlatformAdminManagesEveryCollectivite() throws Exception {
        for (var c : collectivites.all()) {
            mvc.perform(get("/admin/" + c.slug() + "/identite").with(staff.platform()))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void theBackOfficeAsksForALogin() throws Exception {
        mvc.perform(get("/admin/fougeres/apparence"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/connexion"));
    }

    @Test
    void stateChangesWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/fougeres/apparence")
                        .with(staff.admin("fougeres"))
                        .param("couleurPrimaire", "#000000")
                        .param("couleurSecondaire", "#000000"))
                .andExpect(status().isForbidden());
        assertThat(collectivites.findBySlug("fougeres").orElseThrow().couleurPrimaire())
                .isNotEqualTo("#000000");
    }

    private String uploadAs(String slug) throws Exception {
        var file = new MockMultipartFile(
                "fichier",
                "annuaire.csv",
                "text/csv",
                "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Code_commune;Nom_commune\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(multipart("/admin/" + slug + "/etablissements/import")
                        .file(file)
                        .with(csrf())
                        .with(staff.admin(slug)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private List<RequestBuilder> routes(String slug, String uploadId, RequestPostProcessor user) {
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
                get("/admin/" + slug + "/pages-ecoles/0350594F").with(user),
                post("/admin/" + slug + "/pages-ecoles/0350594F/inviter")
                        .with(csrf())
                        .with(user)
                        .param("email", "a@b.fr"),
                post("/admin/" + slug + "/pages-ecoles/0350594F/demander")
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
