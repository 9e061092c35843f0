package fr.monenfantalecole.portail.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The fonts, stylesheets and scripts, kept a year by browsers and caches in front when asked by a URL
 * that carries a hash of their content ({@code /css/portail-<md5>.css}, {@code /fonts/…-<md5>.woff2}):
 * a deployment that changes a file changes its URL, so nothing is ever stale. The templates write
 * these URLs through {@link Assets}; the stylesheet links the fonts through the resource chain's CSS
 * rewriting. The plain addresses ({@code /css/portail.css}, {@code /js/integration.js}) keep working
 * for the embedding sites that write them by hand: they are revalidated instead ({@code no-cache} with
 * Last-Modified, a 304 without body). Two handlers on the same files: Spring MVC takes the more
 * specific pattern, the versioned one, when the name carries a hash.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetCaching implements WebMvcConfigurer {

    /** A year, the most RFC 9111 caches are expected to honour. */
    static final Duration FONTS = Duration.ofDays(365);

    /** A name ending in a 32-digit MD5 (the content strategy's version) before its extension. */
    private static final String VERSIONED = "{file:[\\w.-]+-[0-9a-f]{32}\\.%s}";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/fonts/**")
                .addResourceLocations("classpath:/static/fonts/")
                .setCacheControl(CacheControl.maxAge(FONTS).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        for (String kind : new String[] {"css", "js"}) {
            String location = "classpath:/static/" + kind + "/";
            registry.addResourceHandler("/" + kind + "/" + VERSIONED.formatted(kind))
                    .addResourceLocations(location)
                    .setCacheControl(CacheControl.maxAge(FONTS).cachePublic().immutable())
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                    .addTransformer(new CssLinkResourceTransformer());
            registry.addResourceHandler("/" + kind + "/**")
                    .addResourceLocations(location)
                    .setCacheControl(CacheControl.noCache())
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                    .addTransformer(new CssLinkResourceTransformer());
        }
    }
}
