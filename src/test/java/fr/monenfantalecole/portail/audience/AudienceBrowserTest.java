package fr.monenfantalecole.portail.audience;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** No public page leaves a cookie in Chromium; the dashboards pass axe on a computer and on a 360 px phone. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class AudienceBrowserTest {

    /**
     * The public pages a parent walks through on a portal (the family account's own pages are not public
     * content), after the portal's address.
     */
    static final List<String> WALK = List.of(
            "/",
            "/questions",
            "/actualites",
            "/agenda",
            "/services",
            "/services/quotient-familial",
            "/services/carte-scolaire",
            "/ecoles",
            "/recherche?q=cantine",
            "/recherche?q=zzz+introuvable",
            "/mesure-d-audience",
            "/integre/questions");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GeneratedTraffic traffic;

    /** The portal walked through, with an école; its admin reads its dashboard. */
    @OwnCommune
    World w;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void noPublicPageSetsACookie(WebDriver driver) {
        w.school("Ecole primaire publique des Visites");
        String portal = "/" + w.slug();
        driver.get(url(portal + "/"));
        driver.manage().deleteAllCookies();
        for (String path : WALK) {
            driver.get(url(portal + path));
            assertThat(driver.manage().getCookies()).as(portal + path).isEmpty();
        }
        // Another portal's home page.
        try (var other = fixtures.commune()) {
            driver.get(url("/" + other.slug() + "/"));
            assertThat(driver.manage().getCookies()).as(other.slug()).isEmpty();
        }
        // And the pages reached by following links: a theme, a fiche, a school.
        driver.get(url(portal + "/questions"));
        Browser.clickAndWaitForPage(driver, By.cssSelector("main h2 a"));
        Browser.clickAndWaitForPage(driver, By.cssSelector("main li a"));
        assertThat(driver.manage().getCookies()).as(driver.getCurrentUrl()).isEmpty();
        driver.get(url(portal + "/mesure-d-audience"));
        assertThat(driver.findElement(By.id("etat-mesure")).getText()).contains("comptées");
        Browser.assertAccessible(driver);
    }

    /**
     * The family account's pages with a form: they set one cookie, the session that holds the form's
     * CSRF token (and, once signed in, the account), stated on the measurement page; nothing else.
     */
    static final List<String> ACCOUNT_FORMS =
            List.of("/compte/connexion", "/compte/inscription", "/compte/mot-de-passe-oublie");

    @Test
    void theAccountPagesSetOnlyTheSessionCookieTheirFormsTokenNeeds(WebDriver driver) {
        String portal = "/" + w.slug();
        for (String form : ACCOUNT_FORMS) {
            String path = portal + form;
            driver.get(url(portal + "/"));
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
            for (String publicPath : List.of(portal + "/", portal + "/questions", portal + "/mesure-d-audience")) {
                driver.get(url(publicPath));
                assertThat(driver.manage().getCookies())
                        .as(path + " then " + publicPath)
                        .isEqualTo(session);
            }
        }
        driver.get(url(portal + "/mesure-d-audience"));
        assertThat(driver.findElement(By.id("cookie-de-session")).getText()).contains("jeton");
    }

    @Test
    void theDashboardsPassAxeOnAComputerAndOnAPhone(WebDriver driver) {
        visited();
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        for (var size : List.of(new Dimension(1280, 900), new Dimension(360, 780))) {
            driver.manage().window().setSize(size);
            driver.get(url("/admin/" + w.slug() + "/audience?pas=semaine"));
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
        Browser.logIn(driver, url(""), w.editor().email(), World.PASSWORD);
        for (var size : List.of(new Dimension(1280, 900), new Dimension(360, 780))) {
            driver.manage().window().setSize(size);
            driver.get(url("/admin/redaction/audience"));
            assertThat(driver.findElement(By.id("sans-resultat")).getText()).isNotBlank();
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, "editorial audience at " + size.width + " px");
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * Eight weeks of visits to the world's portal up to yesterday, written as the demo writes its traffic
     * (generated, which the dashboard says): the home page, a fiche and a search that found nothing, on a
     * phone and a computer. Removed with the commune.
     */
    private void visited() {
        var rows = new ArrayList<GeneratedTraffic.Row>();
        var totals = new ArrayList<GeneratedTraffic.Total>();
        var yesterday = LocalDate.now().minusDays(1);
        for (int i = 0; i < 56; i++) {
            var day = yesterday.minusDays(i);
            int v = 20 + i % 7 * 3;
            rows.add(new GeneratedTraffic.Row(
                    w.id(), day, PageKind.ACCUEIL, "", Channel.DIRECT, Device.MOBILE, v, v, 0));
            rows.add(new GeneratedTraffic.Row(
                    w.id(), day, PageKind.ACCUEIL, "", Channel.HOTE, Device.ORDINATEUR, v / 2, v / 2, 0));
            rows.add(new GeneratedTraffic.Row(
                    w.id(), day, PageKind.FICHE, "CAN-001", Channel.DIRECT, Device.MOBILE, v / 3, v / 3, 0));
            rows.add(new GeneratedTraffic.Row(
                    w.id(), day, PageKind.RECHERCHE, "zzz introuvable", Channel.DIRECT, Device.MOBILE, 1, 1, 1));
            totals.add(new GeneratedTraffic.Total(w.id(), day, v * 2, v, v * 4 / 5));
        }
        traffic.insert(rows, totals);
    }
}
