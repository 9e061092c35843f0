package fr.monenfantalecole.portail.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.support.PortailTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A browser fetches the fonts once (versioned URLs kept a year) and revalidates the stylesheet cheaply. */
@PortailTest
class StaticAssetCachingIntegrationTest {

    private static final Pattern FONT =
            Pattern.compile("/fonts/atkinson-hyperlegible-latin-400-normal-([0-9a-f]{32})\\.woff2");

    @Autowired
    MockMvc mvc;

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
}
