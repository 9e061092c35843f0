package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.shared.ImageCheck;
import fr.monenfantalecole.portail.tenant.Banners;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import fr.monenfantalecole.portail.tenant.Illustration;
import fr.monenfantalecole.portail.tenant.LogoCheck;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the six demo portals a face of their own: an illustration each, and an emblem of its own
 * proportions (wide, square, tall) drawn in its colours, stored through the same check as an upload.
 * The colours themselves come from {@link DemoCollectivites}, which the contrast test checks.
 * It replaces the square letter {@link DemoData} loads. Loaded once: a portal with an illustration
 * keeps its face.
 */
@Component
@Order(50)
class DemoIdentity implements ApplicationRunner {

    /** slug → illustration and the logo's width and height in pixels. */
    private record Look(Illustration illustration, int width, int height) {}

    private static final Map<String, Look> LOOKS = Map.of(
            "ille-et-vilaine", new Look(Illustration.LIVRES, 360, 120),
            "fougeres-agglomeration", new Look(Illustration.PARC, 300, 150),
            "fougeres", new Look(Illustration.ECOLE, 200, 200),
            "rennes", new Look(Illustration.VILLE, 320, 120),
            "vitre", new Look(Illustration.CARTABLE, 150, 250),
            "saint-malo", new Look(Illustration.MER, 240, 160));

    private final DemoData demo;
    private final Collectivites collectivites;
    private final Banners banners;

    DemoIdentity(DemoData demo, Collectivites collectivites, Banners banners) {
        this.demo = demo;
        this.collectivites = collectivites;
        this.banners = banners;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        LOOKS.forEach((slug, look) -> collectivites.findBySlug(slug).ifPresent(c -> apply(c, look)));
    }

    private void apply(Collectivite c, Look look) {
        if (c.illustration() != null) {
            return;
        }
        banners.updateIllustration(c.id(), look.illustration());
        var letter = collectivites.logo(c.id()).map(Collectivites.Logo::content).orElse(null);
        if (LogoCheck.check(emblem(c, look, letter)) instanceof ImageCheck.Accepted logo) {
            collectivites.updateLogo(c.id(), logo.bytes(), logo.contentType());
        }
    }

    /**
     * An emblem of the look's proportions: the demo's square letter at one end (left, or top for a tall
     * one), then a rounded field with a roof and a sun in the collectivité's colours.
     */
    private static byte[] emblem(Collectivite c, Look look, byte @Nullable [] letter) {
        int w = look.width();
        int h = look.height();
        int width = w;
        int height = h;
        BufferedImage square = letter == null ? null : read(letter);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            int side = Math.min(w, h);
            if (square != null) {
                g.drawImage(square, 0, 0, side, side, null);
                if (w >= h) {
                    g.translate(side + side / 12, 0);
                    w -= side + side / 12;
                } else {
                    g.translate(0, side + side / 12);
                    h -= side + side / 12;
                }
            }
            Color primary = Color.decode(c.couleurPrimaire());
            Color secondary = Color.decode(c.couleurSecondaire());
            g.setColor(primary);
            g.fill(new RoundRectangle2D.Double(0, 0, w, h, h / 3.0, h / 3.0));
            g.setColor(secondary);
            g.fill(new RoundRectangle2D.Double(0, h * 0.62, w, h * 0.38, h / 3.0, h / 3.0));
            g.fillRect(0, (int) (h * 0.62), w, (int) (h * 0.15));
            double size = Math.min(w, h) * 0.5;
            double x = (w - size) / 2;
            var roof = new Path2D.Double();
            roof.moveTo(x, h * 0.62);
            roof.lineTo(x + size / 2, h * 0.62 - size * 0.7);
            roof.lineTo(x + size, h * 0.62);
            roof.closePath();
            g.setColor(Color.WHITE);
            g.fill(roof);
            g.setColor(new Color(0xFFD166));
            g.fill(new Ellipse2D.Double(w * 0.78 - size / 6, h * 0.14, size / 3, size / 3));
            g.setStroke(new BasicStroke((float) Math.max(2, h / 40.0)));
            g.setColor(Color.WHITE);
            g.drawLine((int) (w * 0.12), (int) (h * 0.82), (int) (w * 0.88), (int) (h * 0.82));
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

    private static @Nullable BufferedImage read(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            return null;
        }
    }
}
