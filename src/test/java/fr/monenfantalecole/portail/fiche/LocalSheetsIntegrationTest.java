package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Collectivites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A collectivité hides national sheets and writes its own, seen on its portal only. */
@PortailTest
class LocalSheetsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalFiches localFiches;

    @Autowired
    Collectivites collectivites;

    /** The commune that hides and writes sheets, and its neighbour, each with its admin. */
    @OwnCommune
    World w;

    @OwnCommune
    World other;

    @Test
    void aHiddenNationalSheetDisappearsFromThatPortalOnly() throws Exception {
        String path = "/questions/calendrier-vacances/CAL-001";
        var fiche = FicheRefs.NATIONAL;
        mvc.perform(post("/admin/" + w.slug() + "/questions/CAL-001/masquer")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/" + w.slug() + path)).andExpect(status().isNotFound());
        mvc.perform(get("/" + w.slug() + "/questions/calendrier-vacances"))
                .andExpect(content().string(not(containsString("CAL-001-"))));
        mvc.perform(get("/" + other.slug() + path)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/" + w.slug() + "/questions/CAL-001/afficher")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/" + w.slug() + path)).andExpect(status().is3xxRedirection());
        assertThat(fiche).isNotNull();
    }

    @Test
    void aSheetWithoutQuestionThemeOrAgeIsExplainedAndKept() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/questions/locales/nouvelle")
                        .with(csrf())
                        .with(w.admin().mvc())
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
        var result = mvc.perform(post("/admin/" + w.slug() + "/questions/locales/nouvelle")
                        .with(csrf())
                        .with(w.admin().mvc())
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
                "/" + w.slug(), "cantine", "L" + id, "Le règlement de la restauration scolaire de Fougères");

        mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le règlement fixe les règles de la cantine.")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/" + w.slug() + "/questions/cantine"))
                .andExpect(content().string(containsString("/L" + id + "-")));
        mvc.perform(get(url.replace("/" + w.slug() + "/", "/" + other.slug() + "/")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + other.slug() + "/questions/locales/" + id)
                        .with(other.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + w.slug() + "/questions/locales/" + id)
                        .with(other.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + other.slug() + "/questions/locales/" + id + "/supprimer")
                        .with(csrf())
                        .with(other.admin().mvc()))
                .andExpect(status().isNotFound());
        assertThat(localFiches.find(w.id(), id)).isPresent();
    }

    @Test
    void aLocalSheetWithAnUnknownFieldIsRefusedAndKept() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/questions/locales/nouvelle")
                        .with(csrf())
                        .with(w.admin().mvc())
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
        mvc.perform(post("/admin/" + other.slug() + "/questions/INS-001/masquer")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + other.slug() + "/questions").with(w.admin().mvc()))
                .andExpect(status().isNotFound());
    }
}
