package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Integration;
import fr.monenfantalecole.portail.tenant.Integrations;
import fr.monenfantalecole.portail.tenant.Zone;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A collectivité's own website, served by the test on another origin (127.0.0.1, the portal being
 * on localhost), embeds the portal both ways: the script into a shadow root, and the iframe. The portal
 * is the test's own commune's.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class EmbeddingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Integrations integrations;

    @OwnCommune
    World w;

    HttpServer town;
    String townOrigin;

    @BeforeEach
    void startTheTownsSite() throws IOException {
        town = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        townOrigin = "http://127.0.0.1:" + town.getAddress().getPort();
        String portal = "http://localhost:" + port;
        page("/script.html", """
                <div data-monenfant="%s" data-zone="questions"></div>
                <script src="%s/js/integration.js" async></script>""".formatted(w.slug(), portal));
        town.createContext("/zone.html", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String embed = query.startsWith("zone=")
                    ? "<div data-monenfant=\"" + w.slug() + "\" data-zone=\"" + query.substring(5)
                            + "\"></div><script src=\"" + portal + "/js/integration.js\" async></script>"
                    : "<iframe data-monenfant-iframe src=\"" + portal + "/" + w.slug() + "/integre"
                            + Zone.fromCode(query.substring(7)).orElseThrow().chemin()
                            + "\" title=\"Portail de la ville\" style=\"width:100%;border:0;height:150px\"></iframe><script src=\""
                            + portal + "/js/integration-iframe.js\" async></script>";
            send(exchange, html(embed));
        });
        page("/iframe.html", """
                <iframe data-monenfant-iframe src="%s/%s/integre/questions" title="Questions-réponses de la ville" style="width:100%%;border:0;height:150px"></iframe>
                <script src="%s/js/integration-iframe.js" async></script>""".formatted(portal, w.slug(), portal));
        town.start();
        integrations.save(
                w.id(),
                new Integration(List.of(townOrigin), townOrigin + "/script.html", EnumSet.allOf(Zone.class), null));
    }

    /** A page of the town's site with its own styles, which must neither reach the portal's content nor be changed by it. */
    void page(String path, String embed) {
        String html = html(embed);
        town.createContext(path, exchange -> send(exchange, html));
    }

    static void send(com.sun.net.httpserver.HttpExchange exchange, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    static String html(String embed) {
        return """
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Ville d'Essai — École</title>
                <style>
                  body { font-family: Georgia, serif; color: rgb(20, 20, 20); }
                  h2 { color: rgb(200, 0, 0); text-transform: uppercase; }
                  .card { border: 5px solid rgb(0, 90, 0); padding: 0; }
                </style></head>
                <body><header><p>Ville d'Essai</p></header><main><h1>La vie scolaire à Essai</h1>
                <h2 class="card" id="host-card">Une rubrique du site de la ville</h2>
                %s
                </main></body></html>""".formatted(embed);
    }

    @AfterEach
    void stop() {
        town.stop(0);
        integrations.save(w.id(), Integration.AUCUNE);
    }

    @Test
    void theScriptRendersTheZoneInAShadowRootWithoutLeakingStylesEitherWay(WebDriver driver) {
        driver.get(townOrigin + "/script.html");
        var wait = Browser.waitFor(driver);
        wait.until(d -> js(d).executeScript(
                                "var r = document.querySelector('[data-monenfant]').shadowRoot; return r && r.querySelector('.monenfant h1') ? r.querySelector('.monenfant h1').textContent : null;")
                != null);
        assertThat(
                        js(driver)
                                .executeScript(
                                        "return document.querySelector('[data-monenfant]').shadowRoot.querySelector('h1').textContent"))
                .isEqualTo("Questions-réponses");
        // The town's h2 rule (red, upper case) does not reach the portal's headings.
        String innerColour = (String)
                js(driver)
                        .executeScript(
                                "return getComputedStyle(document.querySelector('[data-monenfant]').shadowRoot.querySelector('.card h2')).textTransform;");
        assertThat(innerColour).isEqualTo("none");
        // The portal's .card rule does not change the town's own .card.
        assertThat(js(driver)
                        .executeScript("return getComputedStyle(document.getElementById('host-card')).borderTopWidth;"))
                .isEqualTo("5px");
        // The town's font is inherited by the portal's text.
        assertThat(
                        (String)
                                js(driver)
                                        .executeScript(
                                                "return getComputedStyle(document.querySelector('[data-monenfant]').shadowRoot.querySelector('.lead')).fontFamily;"))
                .contains("Georgia");
        Browser.screenshot(driver, "integration-script");
        Browser.assertAccessible(driver);

        // A theme opens in place, and the town's address keeps it for a reload or a shared link.
        js(driver)
                .executeScript(
                        "window.__sameDocument = true;"
                                + "document.querySelector('[data-monenfant]').shadowRoot.querySelector('a[data-monenfant-chemin*=\"/questions/cantine\"]').click();");
        wait.until(d -> d.getCurrentUrl().contains("monenfant=%2Fquestions%2Fcantine"));
        wait.until(
                d -> "Restauration scolaire"
                        .equals(
                                js(d).executeScript(
                                                "return document.querySelector('[data-monenfant]').shadowRoot.querySelector('h1').textContent")));
        assertThat(js(driver).executeScript("return window.__sameDocument === true;"))
                .isEqualTo(true);
        driver.navigate().refresh();
        wait.until(
                d -> "Restauration scolaire"
                        .equals(
                                js(d).executeScript(
                                                "var r = document.querySelector('[data-monenfant]').shadowRoot; return r && r.querySelector('h1') ? r.querySelector('h1').textContent : null;")));
        Browser.assertAccessible(driver);
    }

    @Test
    void theEmbeddedSearchBoxAnswersInPlaceWithoutPuttingTheQueryInTheTownsAddress(WebDriver driver) {
        var wait = Browser.waitFor(driver);
        driver.get(townOrigin + "/zone.html?zone=recherche");
        wait.until(d -> js(d).executeScript(
                                "var r = document.querySelector('[data-monenfant]').shadowRoot; return r && r.querySelector('#q-page') ? 1 : null;")
                != null);
        js(driver)
                .executeScript(
                        "var r = document.querySelector('[data-monenfant]').shadowRoot;"
                                + "r.querySelector('#q-page').value = 'cantine prix'; r.querySelector('form.search-page').requestSubmit();");
        wait.until(d -> js(d).executeScript(
                                "var r = document.querySelector('[data-monenfant]').shadowRoot; return r.querySelector('.results a') ? 1 : null;")
                != null);
        assertThat(
                        (String)
                                js(driver)
                                        .executeScript(
                                                "return document.querySelector('[data-monenfant]').shadowRoot.querySelector('.results').textContent"))
                .containsIgnoringCase("cantine");
        assertThat(driver.getCurrentUrl()).doesNotContain("cantine");
        Browser.assertAccessible(driver);
    }

    /** Every zone, both ways, on the town's page: the content is there and the page passes axe. */
    @ParameterizedTest
    @EnumSource(Zone.class)
    void everyZoneEmbedsBothWays(Zone zone, WebDriver driver) {
        var wait = Browser.waitFor(driver);
        driver.get(townOrigin + "/zone.html?zone=" + zone.code());
        wait.until(d -> js(d).executeScript(
                                "var r = document.querySelector('[data-monenfant]').shadowRoot; return r && r.querySelector('.monenfant h1') ? 1 : null;")
                != null);
        Browser.assertAccessible(driver);
        driver.get(townOrigin + "/zone.html?iframe=" + zone.code());
        wait.until(d -> ((Number) js(d).executeScript(
                                        "return document.querySelector('iframe').getBoundingClientRect().height;"))
                        .doubleValue()
                > 150);
        driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
        assertThat(driver.findElements(By.tagName("h1")))
                .as("the %s zone in its iframe", zone)
                .hasSize(1);
        driver.switchTo().defaultContent();
        Browser.assertAccessible(driver);
    }

    @Test
    void theIframeTakesTheHeightOfItsContent(WebDriver driver) {
        driver.get(townOrigin + "/iframe.html");
        var wait = Browser.waitFor(driver);
        wait.until(d -> ((Number) js(d).executeScript(
                                        "return document.querySelector('iframe').getBoundingClientRect().height;"))
                        .doubleValue()
                > 600);
        driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Questions-réponses");
        assertThat(driver.findElements(By.cssSelector(".site-header"))).isEmpty();
        driver.switchTo().defaultContent();
        Browser.screenshot(driver, "integration-iframe");
        Browser.assertAccessible(driver);
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
