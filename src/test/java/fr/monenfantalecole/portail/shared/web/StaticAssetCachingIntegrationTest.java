package fr.monenfantalecole.portail.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.TemporaryCollectivites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A browser fetches the fonts, stylesheets and scripts once (versioned URLs kept a year) and revalidates
 * the plain addresses, which embedding sites write by hand, cheaply.
 */
@PortailTest
class StaticAssetCachingIntegrationTest {

    private static final Pattern FONT =
            Pattern.compile("/fonts/atkinson-hyperlegible-latin-400-normal-([0-9a-f]{32})\\.woff2");

    @Autowired
    MockMvc mvc;

    @Autowired
    TemporaryCollectivites temporary;

    @Test
    void theStylesheetLinksFontsByAVersionedUrlKeptAYear() throws Exception {
        String css = mvc.perform(get("/css/portail.css"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var font = FONT.matcher(css);
        assertThat(font.find()).as("the stylesheet links the versioned font").isTrue();
        assertThat(css).doesNotContain("/fonts/atkinson-hyperlegible-latin-400-normal.woff2");

        var response = mvc.perform(get(font.group()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(response.getHeader("Pragma")).isNull();
        assertThat(response.getHeader("Expires")).isNull();
        assertThat(response.getContentAsByteArray()).hasSizeGreaterThan(10_000);
        // The version is the content's: a wrong one is not served.
        mvc.perform(get(font.group().replace(font.group(1), "0".repeat(32)))).andExpect(status().isNotFound());
    }

    @Test
    void theStylesheetIsRevalidatedWithoutItsBody() throws Exception {
        var first = mvc.perform(get("/css/portail.css")).andReturn().getResponse();
        assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");
        String lastModified = first.getHeader("Last-Modified");
        assertThat(lastModified).isNotNull();
        mvc.perform(get("/css/portail.css").header("If-Modified-Since", lastModified))
                .andExpect(status().isNotModified());
    }

    private static final Pattern VERSIONED_ASSET = Pattern.compile("/(?:css|js)/([a-z-]+)-([0-9a-f]{32})\\.(css|js)");

    @Test
    void pagesLinkStylesheetsAndScriptsByVersionedUrlsKeptAYear() throws Exception {
        var commune = temporary.create("ressources-versionnees", "Commune des ressources");
        String page;
        try {
            page = mvc.perform(get("/ressources-versionnees/questions"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } finally {
            temporary.delete(commune);
        }
        assertThat(page).doesNotContain("\"/css/portail.css\"").doesNotContain("\"/js/recherche.js\"");
        var assets = VERSIONED_ASSET.matcher(page);
        int seen = 0;
        while (assets.find()) {
            seen++;
            var versioned = mvc.perform(get(assets.group()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(versioned.getHeader("Cache-Control"))
                    .as(assets.group())
                    .isEqualTo("max-age=31536000, public, immutable");
            String plainPath = "/" + assets.group(3) + "/" + assets.group(1) + "." + assets.group(3);
            var plain = mvc.perform(get(plainPath))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(plain.getHeader("Cache-Control")).as(plainPath).isEqualTo("no-cache");
            assertThat(versioned.getContentAsByteArray()).isEqualTo(plain.getContentAsByteArray());
            // Another content's version is not served (a node of another deployment answers 404).
            mvc.perform(get(assets.group().replace(assets.group(2), "0".repeat(32))))
                    .andExpect(status().isNotFound());
        }
        assertThat(seen)
                .as("the stylesheet and the scripts of the public layout")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void theScriptsEmbeddingSitesWriteByHandAreRevalidated() throws Exception {
        var first = mvc.perform(get("/js/integration.js"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");
        mvc.perform(get("/js/integration.js").header("If-Modified-Since", first.getHeader("Last-Modified")))
                .andExpect(status().isNotModified());
    }

    /** Every template links stylesheets and scripts through Assets, but the snippets given to embedding sites. */
    @Test
    void templatesWriteNoPlainStylesheetOrScriptUrl() throws IOException {
        var plain = Pattern.compile("(?<!url\\()\"/(?:css|js)/");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            var offenders = templates
                    .filter(p -> p.toString().endsWith(".jte"))
                    .filter(p -> !p.endsWith(Path.of("tenant", "integration.jte")))
                    .filter(p -> plain.matcher(read(p)).find())
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
