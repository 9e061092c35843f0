package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.PortailTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** No public page leaves a cookie in Chromium; the dashboards pass axe on a computer and on a 360 px phone. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class AudienceBrowserTest {

    /** The public pages a parent walks through (the family account's own pages are not public content). */
    static final List<String> WALK = List.of(
            "/fougeres/",
            "/fougeres/questions",
            "/fougeres/actualites",
            "/fougeres/agenda",
            "/fougeres/services",
            "/fougeres/services/quotient-familial",
            "/fougeres/services/carte-scolaire",
            "/fougeres/ecoles",
            "/fougeres/recherche?q=cantine",
            "/fougeres/recherche?q=zzz+introuvable",
            "/fougeres/mesure-d-audience",
            "/fougeres/integre/questions",
            "/rennes/");

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void noPublicPageSetsACookie(WebDriver driver) {
        driver.get(url("/fougeres/"));
        driver.manage().deleteAllCookies();
        for (String path : WALK) {
            driver.get(url(path));
            assertThat(driver.manage().getCookies()).as(path).isEmpty();
        }
        // And the pages reached by following links: a theme, a fiche, a school.
        driver.get(url("/fougeres/questions"));
        Browser.clickAndWaitForPage(driver, By.cssSelector("main h2 a"));
        Browser.clickAndWaitForPage(driver, By.cssSelector("main li a"));
        assertThat(driver.manage().getCookies()).as(driver.getCurrentUrl()).isEmpty();
        driver.get(url("/fougeres/mesure-d-audience"));
        assertThat(driver.findElement(By.id("etat-mesure")).getText()).contains("comptées");
        Browser.assertAccessible(driver);
    }

    /**
     * The family account's pages with a form: they set one cookie, the session that holds the form's
     * CSRF token (and, once signed in, the account), stated on the measurement page; nothing else.
     */
    static final List<String> ACCOUNT_FORMS = List.of(
            "/fougeres/compte/connexion", "/fougeres/compte/inscription", "/fougeres/compte/mot-de-passe-oublie");

    @Test
    void theAccountPagesSetOnlyTheSessionCookieTheirFormsTokenNeeds(WebDriver driver) {
        for (String path : ACCOUNT_FORMS) {
            driver.get(url("/fougeres/"));
            driver.manage().deleteAllCookies();
            driver.get(url(path));
            assertThat(driver.findElements(By.cssSelector("form input[name='_csrf']")))
                    .as(path + " has a form with its token")
                    .isNotEmpty();
            assertThat(driver.manage().getCookies()).as(path).singleElement().satisfies(cookie -> {
                assertThat(cookie.getName()).isEqualTo("PORTAIL_SESSION");
                assertThat(cookie.isHttpOnly()).isTrue();
                assertThat(cookie.getExpiry())
                        .as("gone when the browser closes")
                        .isNull();
                assertThat(cookie.getSameSite()).isEqualTo("Lax");
            });
            // Back to the public pages with it: they add no cookie of their own.
            var session = driver.manage().getCookies();
            for (String publicPath : List.of("/fougeres/", "/fougeres/questions", "/fougeres/mesure-d-audience")) {
                driver.get(url(publicPath));
                assertThat(driver.manage().getCookies())
                        .as(path + " then " + publicPath)
                        .isEqualTo(session);
            }
        }
        driver.get(url("/fougeres/mesure-d-audience"));
        assertThat(driver.findElement(By.id("cookie-de-session")).getText()).contains("jeton");
    }

    @Test
    void theDashboardsPassAxeOnAComputerAndOnAPhone(WebDriver driver) {
        Browser.logIn(driver, url(""), "admin@fougeres.demo", "demo-fougeres-2026");
        for (var size : List.of(new Dimension(1280, 900), new Dimension(360, 780))) {
            driver.manage().window().setSize(size);
            driver.get(url("/admin/fougeres/audience?pas=semaine"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Fréquentation");
            assertThat(driver.findElement(By.id("visites-par-eleve")).getText()).isNotBlank();
            assertThat(driver.findElements(By.cssSelector("figure svg"))).isNotEmpty();
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, "dashboard at " + size.width + " px");
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theEditorialTeamsPagePassesAxeOnAComputerAndOnAPhone(WebDriver driver) {
        Browser.logIn(driver, url(""), "redaction@monenfant.demo", "demo-redaction-2026");
        for (var size : List.of(new Dimension(1280, 900), new Dimension(360, 780))) {
            driver.manage().window().setSize(size);
            driver.get(url("/admin/redaction/audience"));
            assertThat(driver.findElement(By.id("sans-resultat")).getText()).isNotBlank();
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, "editorial audience at " + size.width + " px");
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
