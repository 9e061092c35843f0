package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.ImageCheck;

/** A collectivité's logo: a real PNG or JPEG of at most 512 KB and 2000 × 2000 pixels. */
public final class LogoCheck {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_PIXELS = 2000;

    private LogoCheck() {}

    public static ImageCheck.Result check(byte[] bytes) {
        return ImageCheck.check(bytes, MAX_BYTES, MAX_PIXELS, "le logo");
    }
}
