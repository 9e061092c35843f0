package fr.monenfantalecole.portail.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The fonts, kept a year by browsers and caches in front: the stylesheet links them by a URL that
 * carries a hash of their content ({@code /fonts/atkinson-…-400-normal-<md5>.woff2}, written by the
 * resource chain's CSS rewriting, {@code spring.web.resources.chain.strategy.content} in
 * application.yml), so a changed font is a new URL and nothing is ever stale. The other static files
 * keep addresses that templates and embedding sites write by hand: they are revalidated instead
 * ({@code no-cache} with Last-Modified, a 304 without body).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetCaching implements WebMvcConfigurer {

    /** A year, the most RFC 9111 caches are expected to honour. */
    static final Duration FONTS = Duration.ofDays(365);

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/fonts/**")
                .addResourceLocations("classpath:/static/fonts/")
                .setCacheControl(CacheControl.maxAge(FONTS).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
