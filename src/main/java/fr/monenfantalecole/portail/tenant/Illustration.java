package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.shared.web.InlineSvg;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The banner illustrations shipped with the portal, for a collectivité without a photo of its own.
 * Drawn for the portal (CC0, see static/illustrations/LICENCE.md); written into the page so that
 * their shapes take the collectivité's two colours from its theme.
 */
public enum Illustration {
    ECOLE("ecole", "Une école, sa cour et ses arbres"),
    CARTABLE("cartable", "Un cartable, des crayons et des cahiers"),
    LIVRES("livres", "Des livres ouverts sous le soleil"),
    PARC("parc", "Des collines, un chemin et des vélos"),
    MER("mer", "Un port, ses remparts et un voilier"),
    VILLE("ville", "Des toits de ville et un beffroi");

    private final String file;
    private final String libelle;

    Illustration(String file, String libelle) {
        this.file = file;
        this.libelle = libelle;
    }

    public String file() {
        return file;
    }

    public String libelle() {
        return libelle;
    }

    /** Where the portal serves the file itself (to preview it in the back office). */
    public String url() {
        return "/illustrations/" + file + ".svg";
    }

    public String svg() {
        return InlineSvg.of("static/illustrations/" + file + ".svg", "illustration");
    }

    public static Optional<Illustration> of(@Nullable String file) {
        return Arrays.stream(values()).filter(i -> i.file.equals(file)).findFirst();
    }
}
