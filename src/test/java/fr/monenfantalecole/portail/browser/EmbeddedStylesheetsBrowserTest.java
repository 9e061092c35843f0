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
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded script takes every stylesheet of a zone from the portal: the town's site was asked for the
 * map's (404 there). The portal is the test's own commune's.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class EmbeddedStylesheetsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Integrations integrations;

    @OwnCommune
    World w;

    HttpServer town;
    String townOrigin;
    final List<String> askedOfTheTown = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startTheTownsSite() throws IOException {
        town = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        townOrigin = "http://127.0.0.1:" + town.getAddress().getPort();
        String html = """
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Ville d'Essai</title></head>
                <body><main><h1>La vie scolaire à Essai</h1>
                <div data-monenfant="%s" data-zone="carte-scolaire"></div>
                <script src="http://localhost:%d/js/integration.js" async></script></main></body></html>""".formatted(w.slug(), port);
        town.createContext("/", exchange -> {
            askedOfTheTown.add(exchange.getRequestURI().getPath());
            boolean page = exchange.getRequestURI().getPath().equals("/carte.html");
            byte[] bytes = (page ? html : "introuvable").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page ? 200 : 404, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        town.start();
        integrations.save(
                w.id(),
                new Integration(List.of(townOrigin), townOrigin + "/carte.html", EnumSet.allOf(Zone.class), null));
    }

    @AfterEach
    void stop() {
        town.stop(0);
        integrations.save(w.id(), Integration.AUCUNE);
    }

    @Test
    void theMapStylesheetComesFromThePortal(WebDriver driver) {
        driver.get(townOrigin + "/carte.html");
        Browser.waitFor(driver)
                .until(d -> ((JavascriptExecutor) d)
                                .executeScript(
                                        "var r = document.querySelector('[data-monenfant]').shadowRoot; return r && r.querySelector('.monenfant h1') ? 1 : null;")
                        != null);
        @SuppressWarnings("unchecked")
        var hrefs = (List<String>)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "return Array.from(document.querySelector('[data-monenfant]').shadowRoot.querySelectorAll('link[rel=stylesheet]')).map(l => l.href);");
        assertThat(hrefs).isNotEmpty().anySatisfy(h -> assertThat(h).contains("leaflet"));
        assertThat(hrefs).allSatisfy(h -> assertThat(h).startsWith("http://localhost:" + port + "/"));
        assertThat(askedOfTheTown).noneMatch(p -> p.endsWith(".css") || p.contains("webjars"));
    }
}
