package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A mairie agent gives the home page a banner: an image of its own, checked like the logo, or an illustration. */
@PortailTest
class BannerIntegrationTest {

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
    Banners banners;

    @Test
    void aFileThatIsNotAnImageIsRefusedInFrenchAndNothingIsStored() throws Exception {
        var text = "Ceci n'est pas une image".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/admin/" + w.slug() + "/apparence/banniere")
                        .file(new MockMultipartFile("banniere", "banniere.png", "image/png", text))
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier doit être une image PNG ou JPEG")))
                .andExpect(content().string(containsString("id=\"banniere-erreur\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(collectivites.findBySlug(w.slug()).orElseThrow().hasBanniere())
                .isFalse();

        mvc.perform(multipart("/admin/" + w.slug() + "/apparence/banniere")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un fichier image pour la bannière")));
    }

    @Test
    void anImageIsReEncodedServedAndShownOnTheHomePageOnly() throws Exception {
        mvc.perform(multipart("/admin/" + w.slug() + "/apparence/banniere")
                        .file(new MockMultipartFile("banniere", "b.jpg", "image/jpeg", png(800, 200)))
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        var commune = collectivites.findBySlug(w.slug()).orElseThrow();
        assertThat(commune.hasBanniere()).isTrue();
        String src = "/" + w.slug() + "/logo?image=banniere&amp;v=" + commune.version();

        mvc.perform(get("/" + w.slug() + "/logo").param("image", "banniere"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/" + w.slug() + "/")).andExpect(content().string(containsString(src)));
        mvc.perform(get("/" + w.slug() + "/services"))
                .andExpect(content().string(not(containsString("class=\"banniere\""))));
    }

    @Test
    void anIllustrationIsChosenAndWrittenIntoTheHomePageInTheCollectivitesColours() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/apparence/illustration")
                        .param("illustration", "mer")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        assertThat(collectivites.findBySlug(w.slug()).orElseThrow().illustration())
                .isEqualTo("mer");
        mvc.perform(get("/" + w.slug() + "/"))
                .andExpect(content().string(containsString("<svg class=\"illustration\" aria-hidden=\"true\"")))
                .andExpect(content().string(containsString("class=\"f2\"")));

        mvc.perform(post("/admin/" + w.slug() + "/apparence/illustration")
                        .param("illustration", "../../etc/passwd")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez l'une des illustrations proposées")));
        assertThat(collectivites.findBySlug(w.slug()).orElseThrow().illustration())
                .isEqualTo("mer");
    }

    @Test
    void anotherCollectivitesAgentCannotChangeTheBanner() throws Exception {
        var before = collectivites.findBySlug(w.slug()).orElseThrow();
        int status;
        try (var other = fixtures.commune()) {
            status = mvc.perform(post("/admin/" + w.slug() + "/apparence/illustration")
                            .param("illustration", "aucune")
                            .with(csrf())
                            .with(other.admin().mvc()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }
        assertThat(status).isIn(403, 404);
        assertThat(collectivites.findBySlug(w.slug()).orElseThrow().illustration())
                .isEqualTo(before.illustration());
    }

    private static byte[] png(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
