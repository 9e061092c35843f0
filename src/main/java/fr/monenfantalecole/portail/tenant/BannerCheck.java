package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.ImageCheck;

/** A collectivité's banner: a real PNG or JPEG of at most 1 MB and 3000 × 3000 pixels, re-encoded. */
final class BannerCheck {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_PIXELS = 3000;

    private BannerCheck() {}

    public static ImageCheck.Result check(byte[] bytes) {
        return ImageCheck.check(bytes, MAX_BYTES, MAX_PIXELS, "la bannière");
    }
}
