package fr.monenfantalecole.portail.tenant;

import org.jspecify.annotations.Nullable;

/**
 * What every public page shows of its collectivité: name, logo, theme, links and footer, and how
 * the page is shown (whole, in an iframe of the collectivité's site, or as a fragment).
 *
 * @param canonical the address search engines should credit for this page
 * @param credit the discreet credit line
 * @param bannerUrl the collectivité's own banner image, shown on its home page before any illustration
 * @param ownHost whether the page is served on the collectivité's own host name (no platform links then)
 */
public record Site(
        String nom,
        String slug,
        String typeLibelle,
        String basePath,
        @Nullable String logoUrl,
        String themeUrl,
        @Nullable String siteWeb,
        @Nullable String piedDePage,
        TenantRequest.Mode mode,
        @Nullable String canonical,
        String credit,
        boolean ownHost,
        String pageBase,
        java.util.Set<Zone> zones,
        @Nullable String bannerUrl,
        @Nullable Illustration illustration) {

    static Site of(TenantRequest request) {
        var c = request.collectivite();
        String base = request.basePath();
        String assets = request.mode() == TenantRequest.Mode.PAGE ? base : base.substring(0, base.lastIndexOf('/'));
        return new Site(
                c.nom(),
                c.slug(),
                c.type().libelle(),
                base,
                c.hasLogo() ? assets + "/logo?v=" + c.version() : null,
                assets + "/theme.css?v=" + c.version(),
                c.siteWeb(),
                c.piedDePage(),
                request.mode(),
                canonical(request),
                request.integration().creditAffiche(),
                request.mode() == TenantRequest.Mode.PAGE && base.isEmpty(),
                assets,
                request.integration().zones(),
                c.hasBanniere() ? assets + "/logo?image=banniere&v=" + c.version() : null,
                Illustration.of(c.illustration()).orElse(null));
    }

    /**
     * The collectivité's own host name if it has one, else the page of its site that hosts the
     * embedded portal (for the embedded zones), else nothing (the portal's address is canonical).
     */
    private static @Nullable String canonical(TenantRequest request) {
        if (request.canonicalBase() != null) {
            return request.canonicalBase() + request.chemin();
        }
        var integration = request.integration();
        if (integration.urlBase() != null
                && Zone.of(request.chemin()).filter(integration::allows).isPresent()) {
            String sep = integration.urlBase().contains("?") ? "&" : "?";
            return integration.urlBase() + sep + "monenfant="
                    + java.net.URLEncoder.encode(request.chemin(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }

    /**
     * A link to a page of this portal. Inside an embedded page, a page of an embedded zone stays
     * embedded; any other leads to the portal itself.
     */
    public String link(String path) {
        if (mode == TenantRequest.Mode.PAGE
                || Zone.of(path).filter(zones::contains).isPresent()) {
            return basePath + path;
        }
        return pageBase + path;
    }

    public String home() {
        return link("/");
    }

    public boolean embedded() {
        return mode != TenantRequest.Mode.PAGE;
    }

    public boolean fragment() {
        return mode == TenantRequest.Mode.FRAGMENT;
    }
}
