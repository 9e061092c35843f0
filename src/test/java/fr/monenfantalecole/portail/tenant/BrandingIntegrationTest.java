package fr.monenfantalecole.portail.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

/** A mairie agent changes the portal's colours, logo and identity; the public pages follow at once. */
@PortailTest
class BrandingIntegrationTest {

    @Autowired
    Fixtures fixtures;

    /** A commune of its own for each test. */
    @OwnCommune
    World w;

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    @Test
    void aColourTooPaleForWhiteTextIsRefusedWithANearbyColourThatPasses() throws Exception {
        String before = collectivites.findBySlug(w.slug()).orElseThrow().couleurPrimaire();
        mvc.perform(post("/admin/" + w.slug() + "/apparence")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("couleurPrimaire", "#ffcc00")
                        .param("couleurSecondaire", "#00587c"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n'offre qu'un contraste de 1,5:1")))
                .andExpect(content().string(containsString("il faut au moins 4,5:1")))
                .andExpect(content().string(containsString("Couleur proche qui convient : #")))
                .andExpect(content().string(containsString("value=\"#ffcc00\"")));
        assertThat(collectivites.findBySlug(w.slug()).orElseThrow().couleurPrimaire())
                .isEqualTo(before);
    }

    @Test
    void aMalformedColourIsExplained() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/apparence")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("couleurPrimaire", "bleu")
                        .param("couleurSecondaire", "#00587c"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("doit être au format #rrggbb")))
                .andExpect(content().string(containsString("value=\"bleu\"")));
    }

    @Test
    void acceptedColoursShowOnThePublicPagesAtOnce() throws Exception {
        int version = collectivites.findBySlug(w.slug()).orElseThrow().version();
        mvc.perform(post("/admin/" + w.slug() + "/apparence")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("couleurPrimaire", "#7A1F5C")
                        .param("couleurSecondaire", "#2d4b73"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/" + w.slug() + "/"))
                .andExpect(content().string(containsString("/" + w.slug() + "/theme.css?v=" + (version + 1))));
        mvc.perform(get("/" + w.slug() + "/theme.css"))
                .andExpect(content().string(containsString("--couleur-primaire:#7a1f5c")))
                .andExpect(content().string(containsString("--couleur-secondaire:#2d4b73")));
    }

    @Test
    void aPngLogoIsAcceptedAndServedWithItsType() throws Exception {
        byte[] png = png(64, 64);
        mvc.perform(multipart("/admin/" + w.slug() + "/apparence/logo")
                        .file(new MockMultipartFile("logo", "l.png", "image/png", png))
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/" + w.slug() + "/logo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(png));
    }

    @Test
    void anSvgOrAFakeImageIsRefusedAndTheLogoStays() throws Exception {
        mvc.perform(multipart("/admin/" + w.slug() + "/apparence/logo")
                        .file(new MockMultipartFile("logo", "l.png", "image/png", png(16, 16)))
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        var svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/admin/" + w.slug() + "/apparence/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", svg))
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("doit être une image PNG ou JPEG")));
        assertThat(collectivites
                        .logo(collectivites.findBySlug(w.slug()).orElseThrow().id())
                        .orElseThrow()
                        .contentType())
                .isEqualTo("image/png");
    }

    @Test
    void aLogoThatIsTooHeavyIsRefused() throws Exception {
        byte[] big = new byte[600 * 1024];
        byte[] png = png(8, 8);
        System.arraycopy(png, 0, big, 0, png.length);
        mvc.perform(multipart("/admin/" + w.slug() + "/apparence/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", big))
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("512 Ko au plus")));
    }

    @Test
    void identityErrorsAreShownNextToTheFieldsAndNothingTypedIsLost() throws Exception {
        try (var other = fixtures.commune()) {
            String taken = other.slug() + ".localhost";
            collectivites.addHost(other.id(), taken);
            identityErrors(taken);
        }
    }

    private void identityErrors(String taken) throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/identite")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("nom", "Saint-Malo, cité corsaire")
                        .param("siren", "213502884")
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B")
                        .param("siteWeb", "http://www." + w.slug() + ".fr")
                        .param("hosts", "ecoles." + w.slug() + ".fr\n" + taken))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"siren-erreur\"")))
                .andExpect(content().string(containsString("sa clé doit être juste")))
                .andExpect(content().string(containsString("doit commencer par https://")))
                .andExpect(content().string(containsString("déjà utilisé par une autre collectivité")))
                .andExpect(content().string(containsString("value=\"Saint-Malo, cité corsaire\"")));
        assertThat(collectivites.findBySlug(w.slug()).orElseThrow().nom()).isEqualTo(w.nom());
    }

    @Test
    void aValidIdentityChangesThePortalAndItsHostNames() throws Exception {
        mvc.perform(post("/admin/" + w.slug() + "/identite")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("nom", w.nom())
                        .param("siren", "213502883")
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B")
                        .param("siteWeb", "https://www." + w.slug() + ".fr")
                        .param("piedDePage", "Service Éducation, ouvert le mardi")
                        .param("afficherEcoles", "true")
                        .param("afficherColleges", "true")
                        .param("hosts", "Ecoles." + w.slug().toUpperCase(java.util.Locale.ROOT) + ".fr"))
                .andExpect(status().is3xxRedirection());
        // A new host name serves once the platform has validated it (TenantHostsIntegrationTest).
        mvc.perform(post("/admin/" + w.slug() + "/identite/hote/valider")
                        .with(csrf())
                        .with(w.platform().mvc())
                        .param("host", "ecoles." + w.slug() + ".fr"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/").with(request -> {
                    request.setServerName("ecoles." + w.slug() + ".fr");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Service Éducation, ouvert le mardi")));
    }

    private static byte[] png(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
