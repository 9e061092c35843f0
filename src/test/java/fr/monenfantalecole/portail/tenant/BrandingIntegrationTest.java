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

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
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
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Collectivites collectivites;

    @Test
    void aColourTooPaleForWhiteTextIsRefusedWithANearbyColourThatPasses() throws Exception {
        String before = collectivites.findBySlug("vitre").orElseThrow().couleurPrimaire();
        mvc.perform(post("/admin/vitre/apparence")
                        .with(csrf())
                        .with(staff.admin("vitre"))
                        .param("couleurPrimaire", "#ffcc00")
                        .param("couleurSecondaire", "#00587c"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n'offre qu'un contraste de 1,5:1")))
                .andExpect(content().string(containsString("il faut au moins 4,5:1")))
                .andExpect(content().string(containsString("Couleur proche qui convient : #")))
                .andExpect(content().string(containsString("value=\"#ffcc00\"")));
        assertThat(collectivites.findBySlug("vitre").orElseThrow().couleurPrimaire())
                .isEqualTo(before);
    }

    @Test
    void aMalformedColourIsExplained() throws Exception {
        mvc.perform(post("/admin/vitre/apparence")
                        .with(csrf())
                        .with(staff.admin("vitre"))
                        .param("couleurPrimaire", "bleu")
                        .param("couleurSecondaire", "#00587c"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("doit être au format #rrggbb")))
                .andExpect(content().string(containsString("value=\"bleu\"")));
    }

    @Test
    void acceptedColoursShowOnThePublicPagesAtOnce() throws Exception {
        int version = collectivites.findBySlug("vitre").orElseThrow().version();
        mvc.perform(post("/admin/vitre/apparence")
                        .with(csrf())
                        .with(staff.admin("vitre"))
                        .param("couleurPrimaire", "#7A1F5C")
                        .param("couleurSecondaire", "#2d4b73"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/vitre/")).andExpect(content().string(containsString("/vitre/theme.css?v=" + (version + 1))));
        mvc.perform(get("/vitre/theme.css"))
                .andExpect(content().string(containsString("--couleur-primaire:#7a1f5c")))
                .andExpect(content().string(containsString("--couleur-secondaire:#2d4b73")));
    }

    @Test
    void aPngLogoIsAcceptedAndServedWithItsType() throws Exception {
        byte[] png = png(64, 64);
        mvc.perform(multipart("/admin/vitre/apparence/logo")
                        .file(new MockMultipartFile("logo", "l.png", "image/png", png))
                        .with(csrf())
                        .with(staff.admin("vitre")))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/vitre/logo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(png));
    }

    @Test
    void anSvgOrAFakeImageIsRefusedAndTheLogoStays() throws Exception {
        var svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/admin/saint-malo/apparence/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", svg))
                        .with(csrf())
                        .with(staff.admin("saint-malo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("doit être une image PNG ou JPEG")));
        assertThat(collectivites
                        .logo(collectivites
                                .findBySlug("saint-malo")
                                .orElseThrow()
                                .id())
                        .orElseThrow()
                        .contentType())
                .isEqualTo("image/png");
    }

    @Test
    void aLogoThatIsTooHeavyIsRefused() throws Exception {
        byte[] big = new byte[600 * 1024];
        byte[] png = png(8, 8);
        System.arraycopy(png, 0, big, 0, png.length);
        mvc.perform(multipart("/admin/saint-malo/apparence/logo")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", big))
                        .with(csrf())
                        .with(staff.admin("saint-malo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("512 Ko au plus")));
    }

    @Test
    void identityErrorsAreShownNextToTheFieldsAndNothingTypedIsLost() throws Exception {
        mvc.perform(post("/admin/saint-malo/identite")
                        .with(csrf())
                        .with(staff.admin("saint-malo"))
                        .param("nom", "Saint-Malo, cité corsaire")
                        .param("siren", "213502884")
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B")
                        .param("siteWeb", "http://www.saint-malo.fr")
                        .param("hosts", "ecoles.saint-malo.fr\nfougeres.localhost"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"siren-erreur\"")))
                .andExpect(content().string(containsString("sa clé doit être juste")))
                .andExpect(content().string(containsString("doit commencer par https://")))
                .andExpect(content().string(containsString("déjà utilisé par une autre collectivité")))
                .andExpect(content().string(containsString("value=\"Saint-Malo, cité corsaire\"")));
        assertThat(collectivites.findBySlug("saint-malo").orElseThrow().nom()).isEqualTo("Saint-Malo");
    }

    @Test
    void aValidIdentityChangesThePortalAndItsHostNames() throws Exception {
        mvc.perform(post("/admin/saint-malo/identite")
                        .with(csrf())
                        .with(staff.admin("saint-malo"))
                        .param("nom", "Saint-Malo")
                        .param("siren", "213502883")
                        .param("academie", "Rennes")
                        .param("zoneVacances", "B")
                        .param("siteWeb", "https://www.saint-malo.fr")
                        .param("piedDePage", "Service Éducation, ouvert le mardi")
                        .param("afficherEcoles", "true")
                        .param("afficherColleges", "true")
                        .param("hosts", "Ecoles.Saint-Malo.fr"))
                .andExpect(status().is3xxRedirection());
        // A new host name serves once the platform has validated it (TenantHostsIntegrationTest).
        mvc.perform(post("/admin/saint-malo/identite/hote/valider")
                        .with(csrf())
                        .with(staff.platform())
                        .param("host", "ecoles.saint-malo.fr"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/").with(request -> {
                    request.setServerName("ecoles.saint-malo.fr");
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
