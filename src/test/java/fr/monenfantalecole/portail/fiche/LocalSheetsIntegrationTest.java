package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.account.CommuneWithAdmin;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A collectivité hides national sheets and writes its own, seen on its portal only. */
@PortailTest
class LocalSheetsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    LocalFiches localFiches;

    @Autowired
    Collectivites collectivites;

    /** The commune that hides and writes sheets, and its neighbour, each with its admin. */
    @RegisterExtension
    final CommuneWithAdmin own = new CommuneWithAdmin("fiches-locales", "Commune des fiches locales");

    @RegisterExtension
    final CommuneWithAdmin neighbour = new CommuneWithAdmin("fiches-voisine", "Commune voisine");

    @Test
    void aHiddenNationalSheetDisappearsFromThatPortalOnly() throws Exception {
        String path = "/questions/calendrier-vacances/CAL-001";
        var fiche = FicheRefs.NATIONAL;
        mvc.perform(post("/admin/fiches-locales/questions/CAL-001/masquer")
                        .with(csrf())
                        .with(staff.as(own.admin())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fiches-locales" + path)).andExpect(status().isNotFound());
        mvc.perform(get("/fiches-locales/questions/calendrier-vacances"))
                .andExpect(content().string(not(containsString("CAL-001-"))));
        mvc.perform(get("/fiches-voisine" + path)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/fiches-locales/questions/CAL-001/afficher")
                        .with(csrf())
                        .with(staff.as(own.admin())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/fiches-locales" + path)).andExpect(status().is3xxRedirection());
        assertThat(fiche).isNotNull();
    }

    @Test
    void aSheetWithoutQuestionThemeOrAgeIsExplainedAndKept() throws Exception {
        mvc.perform(post("/admin/fiches-locales/questions/locales/nouvelle")
                        .with(csrf())
                        .with(staff.as(own.admin()))
                        .param("titre", " ")
                        .param("theme", "pas-un-theme")
                        .param("niveau", "pas-un-age")
                        .param("bref", "Une réponse brève gardée.")
                        .param("detail", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("id=\"titre-erreur\"><span class=\"visually-hidden\">"
                                + "Erreur : </span>Écrivez la question, comme un parent la poserait.")))
                .andExpect(content().string(containsString("<a href=\"#theme\">Choisissez un thème.</a>")))
                .andExpect(content().string(containsString("<a href=\"#niveau\">Choisissez un âge.</a>")))
                .andExpect(content().string(containsString("Une réponse brève gardée.")));
    }

    @Test
    void aLocalSheetIsPublishedOnItsPortalAndNowhereElse() throws Exception {
        var result = mvc.perform(post("/admin/fiches-locales/questions/locales/nouvelle")
                        .with(csrf())
                        .with(staff.as(own.admin()))
                        .param("titre", "Le règlement de la restauration scolaire de Fougères")
                        .param("theme", "cantine")
                        .param("niveau", "tous")
                        .param("bref", "Le règlement fixe les règles de la cantine.")
                        .param(
                                "detail",
                                "Tarifs : {{local:cantine.tarifs | voir la mairie}}.\n\n<script>alert(1)</script>")
                        .param("publiee", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.indexOf('=') + 1));
        String url = QuestionsReponses.url(
                "/fiches-locales", "cantine", "L" + id, "Le règlement de la restauration scolaire de Fougères");

        mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le règlement fixe les règles de la cantine.")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/fiches-locales/questions/cantine"))
                .andExpect(content().string(containsString("/L" + id + "-")));
        mvc.perform(get(url.replace("/fiches-locales/", "/fiches-voisine/"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/fiches-voisine/questions/locales/" + id).with(staff.as(neighbour.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/fiches-locales/questions/locales/" + id).with(staff.as(neighbour.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/fiches-voisine/questions/locales/" + id + "/supprimer")
                        .with(csrf())
                        .with(staff.as(neighbour.admin())))
                .andExpect(status().isNotFound());
        assertThat(localFiches.find(own.commune().id(), id)).isPresent();
    }

    @Test
    void aLocalSheetWithAnUnknownFieldIsRefusedAndKept() throws Exception {
        mvc.perform(post("/admin/fiches-locales/questions/locales/nouvelle")
                        .with(csrf())
                        .with(staff.as(own.admin()))
                        .param("titre", "Les écoles de Fougères")
                        .param("theme", "inscription-scolaire")
                        .param("niveau", "tous")
                        .param("bref", "Sept écoles publiques.")
                        .param("detail", "{{local:ecoles.inconnu | rien}}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("« ecoles.inconnu » n'existe pas")))
                .andExpect(content().string(containsString("value=\"Les écoles de Fougères\"")));
    }

    @Test
    void hidingIsRefusedOnAnotherCollectivite() throws Exception {
        mvc.perform(post("/admin/fiches-voisine/questions/INS-001/masquer")
                        .with(csrf())
                        .with(staff.as(own.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/fiches-voisine/questions").with(staff.as(own.admin())))
                .andExpect(status().isNotFound());
    }
}
