package fr.monenfantalecole.portail.browser;

import fr.monenfantalecole.portail.shared.ImageCheck;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Banners;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Illustration;
import fr.monenfantalecole.portail.tenant.LogoCheck;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A face for a test's own portal, as a collectivité gives its portal one in the back office: two colours,
 * a banner illustration and a logo of given proportions (a PNG drawn here, checked as the logo form checks
 * it). Written through the tenant module's API; it goes with the commune.
 */
record PortalLooks(String primaire, String secondaire, Illustration illustration, int logoWidth, int logoHeight) {

    /** A square logo, a school on the banner, a deep red and a blue (as the demo's Fougères looks). */
    static final PortalLooks SQUARE = new PortalLooks("#8a1538", "#2d4b73", Illustration.ECOLE, 200, 200);

    /** A landscape logo, the sea on the banner, a deep blue and a brown (as the demo's Saint-Malo looks). */
    static final PortalLooks LANDSCAPE = new PortalLooks("#004b6e", "#7a2e0e", Illustration.MER, 240, 160);

    /** A logo three times as wide as it is high, books on the banner (as the demo's département looks). */
    static final PortalLooks WIDE = new PortalLooks("#5a2a82", "#005f73", Illustration.LIVRES, 360, 120);

    /** Gives the world's commune this face. */
    void give(World w, Collectivites collectivites, Banners banners) {
        collectivites.updateColours(w.id(), primaire, secondaire);
        banners.updateIllustration(w.id(), illustration);
        if (LogoCheck.check(logo()) instanceof ImageCheck.Accepted logo) {
            collectivites.updateLogo(w.id(), logo.bytes(), logo.contentType());
        } else {
            throw new IllegalStateException("Le logo d'essai est refusé");
        }
    }

    /** The primary colour with a band of the secondary one at the bottom and a white stripe. */
    private byte[] logo() {
        var image = new BufferedImage(logoWidth, logoHeight, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        try {
            g.setColor(Color.decode(primaire));
            g.fillRect(0, 0, logoWidth, logoHeight);
            g.setColor(Color.decode(secondaire));
            g.fillRect(0, logoHeight * 2 / 3, logoWidth, logoHeight / 3);
            g.setColor(Color.WHITE);
            g.fillRect(logoWidth / 10, logoHeight / 2, logoWidth * 8 / 10, Math.max(2, logoHeight / 20));
        } finally {
            g.dispose();
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
