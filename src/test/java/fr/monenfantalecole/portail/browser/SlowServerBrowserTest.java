package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * What a loaded machine does to a browser test, made certain: the page a click leads to starts
 * loading only when the test lets it. A click returns before that page is there, so reading right
 * after it reads the page being left; the support's page-leaving helpers wait for the next page.
 */
@ExtendWith(BrowserExtension.class)
class SlowServerBrowserTest {

    private HttpServer server;
    private CountDownLatch answer;

    @BeforeEach
    void start() throws IOException {
        answer = new CountDownLatch(1);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        // The form leaves the page once the server has said so: a navigation that starts after the click returns.
        server.createContext("/formulaire", exchange -> html(exchange, """
                <form id="f" method="post" action="/envoi"><button type="button">Valider et publier</button></form>
                <script>document.querySelector("button").addEventListener("click", function () {
                  fetch("/pret").then(function () { document.getElementById("f").submit(); });
                });</script>"""));
        server.createContext("/pret", exchange -> {
            try {
                answer.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/envoi", exchange -> {
            exchange.getResponseHeaders().add("Location", "/fait");
            exchange.sendResponseHeaders(303, -1);
            exchange.close();
        });
        server.createContext(
                "/fait", exchange -> html(exchange, "<p class=\"notice success\">La rubrique est publiée.</p>"));
        server.start();
    }

    @AfterEach
    void stop() {
        answer.countDown();
        server.stop(0);
    }

    @Test
    void aClickReturnsBeforeThePageItLeadsToIsThere(WebDriver driver) {
        driver.get(url("/formulaire"));
        driver.findElement(By.tagName("button")).click();
        assertThat(driver.findElements(By.cssSelector(".notice.success")))
                .as("read right after the click: still the page being left")
                .isEmpty();
        answer.countDown();
        assertThat(Browser.visible(driver, By.cssSelector(".notice.success")).getText())
                .contains("est publiée");
    }

    @Test
    void leavingAPageWaitsForTheNextOneHoweverLateItComes(WebDriver driver) {
        driver.get(url("/formulaire"));
        var button = driver.findElement(By.tagName("button"));
        Browser.leavePage(driver, () -> {
            button.click();
            answer.countDown();
        });
        assertThat(driver.findElement(By.cssSelector(".notice.success")).getText())
                .contains("est publiée");
        assertThat(driver.getCurrentUrl()).endsWith("/fait");
    }

    @Test
    void clickAndWaitForPageFollowsRedirectsToTheEnd(WebDriver driver) {
        answer.countDown();
        driver.get(url("/formulaire"));
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Valider et publier')]"));
        assertThat(driver.findElement(By.cssSelector(".notice.success")).getText())
                .contains("est publiée");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void html(HttpExchange exchange, String body) throws IOException {
        byte[] page =
                ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Essai</title></head><body><main>"
                                + body + "</main></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        try (var out = exchange.getResponseBody()) {
            out.write(page);
        }
    }
}
