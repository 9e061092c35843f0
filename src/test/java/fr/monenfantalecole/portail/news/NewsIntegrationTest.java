package fr.monenfantalecole.portail.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** National dossiers offered to all, hidden by some; local news on their own portal only. */
@PortailTest
class NewsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Actualites actualites;

    /** The collectivité whose news a test writes. */
    @OwnCommune
    World w;

    /** Another, which must not see them (and keeps the national dossiers it did not hide). */
    @OwnCommune
    World other;

    @Test
    void aNationalDossierShowsEverywhereUntilACollectiviteHidesIt() throws Exception {
        long id = actualites.create(
                null,
                "Dossier national du test",
                "Résumé national.",
                "Corps.",
                LocalDate.now().minusDays(1),
                null);
        mvc.perform(get("/" + w.slug() + "/actualites"))
                .andExpect(content().string(containsString("Dossier national du test")));
        mvc.perform(get("/" + other.slug() + "/"))
                .andExpect(content().string(containsString("Dossier national du test")));

        mvc.perform(post("/admin/" + w.slug() + "/actualites/" + id + "/masquer")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/" + w.slug() + "/actualites"))
                .andExpect(content().string(not(containsString("Dossier national du test"))));
        mvc.perform(get("/" + w.slug() + "/actualites/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/" + other.slug() + "/actualites"))
                .andExpect(content().string(containsString("Dossier national du test")));
    }

    @Test
    void anAgentPublishesLocalNewsWithAnImageSeenOnItsPortalOnly() throws Exception {
        var png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png);
        mvc.perform(multipart("/admin/" + w.slug() + "/actualites/nouvelle")
                        .file(new MockMultipartFile("image", "i.png", "image/png", png.toByteArray()))
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Fête des écoles de Saint-Père")
                        .param("resume", "Le 27 juin sur la plage.")
                        .param("corps", "Venez nombreux. <script>alert(1)</script>")
                        .param("publieLe", "01/01/2026")
                        .param("imageAlt", "Des enfants dansent"))
                .andExpect(status().is3xxRedirection());
        var news = actualites.owned(w.id()).stream()
                .filter(a -> a.titre().equals("Fête des écoles de Saint-Père"))
                .findFirst()
                .orElseThrow();

        mvc.perform(get("/" + w.slug() + "/actualites/" + news.id() + "-fete-des-ecoles-de-saint-pere"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alt=\"Des enfants dansent\"")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/" + w.slug() + "/actualites/" + news.id() + "/image"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get("/" + other.slug() + "/actualites/" + news.id())).andExpect(status().isNotFound());
        mvc.perform(get("/" + other.slug() + "/actualites/" + news.id() + "/image"))
                .andExpect(status().isNotFound());
    }

    @Test
    void futureNewsWaitsForItsDate() throws Exception {
        long id = actualites.create(
                w.id(),
                "Annonce programmée du test",
                "Bientôt.",
                "Plus tard.",
                LocalDate.now().plusDays(10),
                null);
        mvc.perform(get("/" + w.slug() + "/actualites"))
                .andExpect(content().string(not(containsString("Annonce programmée du test"))));
        mvc.perform(get("/" + w.slug() + "/actualites/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void wrongInputIsExplainedAndKept() throws Exception {
        mvc.perform(multipart("/admin/" + w.slug() + "/actualites/nouvelle")
                        .file(new MockMultipartFile(
                                "image", "x.png", "image/png", "<svg/>".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Titre gardé")
                        .param("resume", "")
                        .param("corps", "Texte")
                        .param("publieLe", "31/02/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Écrivez un résumé")))
                .andExpect(content().string(containsString("JJ/MM/AAAA")))
                .andExpect(content().string(containsString("doit être une image PNG ou JPEG")))
                .andExpect(content().string(containsString("value=\"Titre gardé\"")));
    }

    @Test
    void eachBadFieldIsExplainedNextToItInTheFormOrder() throws Exception {
        String page = mvc.perform(post("/admin/" + w.slug() + "/actualites/nouvelle")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "T".repeat(151))
                        .param("resume", "R".repeat(401))
                        .param("corps", " ")
                        .param("publieLe", "hier"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"titre-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Le titre est trop long : 150 caractères au plus.")
                .contains("id=\"resume-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Le résumé est trop long : 400 caractères au plus.")
                .contains("id=\"corps-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Écrivez le texte de l'actualité.")
                .contains("id=\"publieLe-erreur\"><span class=\"visually-hidden\">Erreur : </span>"
                        + "Indiquez la date de publication au format JJ/MM/AAAA (par exemple 02/09/2026).")
                .contains("value=\"" + "T".repeat(151) + "\"");
        assertThat(page)
                .containsSubsequence("href=\"#titre\"", "href=\"#resume\"", "href=\"#corps\"", "href=\"#publieLe\"");
    }

    @Test
    void anAgentGets404OnAnotherCollectivitesNews() throws Exception {
        long neighbour = other.id();
        long id = actualites.create(neighbour, "Actualité voisine du test", "R.", "C.", LocalDate.now(), null);
        mvc.perform(get("/admin/" + w.slug() + "/actualites/" + id)
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + other.slug() + "/actualites/" + id)
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + w.slug() + "/actualites/" + id + "/supprimer")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/admin/" + w.slug() + "/actualites/" + id)
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Piraté")
                        .param("resume", "x")
                        .param("corps", "x")
                        .param("publieLe", "01/01/2026"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + w.slug() + "/actualites/" + id + "/masquer")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        assertThat(actualites.owned(neighbour, id).orElseThrow().titre()).isEqualTo("Actualité voisine du test");
        mvc.perform(get("/admin/redaction/actualites").with(other.admin().mvc()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theNationalTeamPublishesDossiers() throws Exception {
        mvc.perform(multipart("/admin/redaction/actualites/nouvelle")
                        .with(csrf())
                        .with(w.editor().mvc())
                        .param("titre", "Nouveau dossier national")
                        .param("resume", "Pour tous.")
                        .param("corps", "Texte.")
                        .param("publieLe", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/" + other.slug() + "/actualites"))
                .andExpect(content().string(containsString("Nouveau dossier national")));
    }
}
