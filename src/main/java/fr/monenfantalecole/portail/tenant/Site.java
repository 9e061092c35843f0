package fr.monenfantalecole.portail.tenant;

import org.jspecify.annotations.Nullable;

/** What every public page shows of its collectivité: name, logo, theme, links and footer. */
public record Site(
        String nom,
        String slug,
        String typeLibelle,
        String basePath,
        @Nullable String logoUrl,
        String themeUrl,
        @Nullable String siteWeb,
        @Nullable String piedDePage) {

    static Site of(TenantRequest request) {
        var c = request.collectivite();
        String base = request.basePath();
        return new Site(
                c.nom(),
                c.slug(),
                c.type().libelle(),
                base,
                c.hasLogo() ? base + "/logo?v=" + c.version() : null,
                base + "/theme.css?v=" + c.version(),
                c.siteWeb(),
                c.piedDePage());
    }

    public String link(String path) {
        return basePath + path;
    }

    public String home() {
        return basePath + "/";
    }
}
