package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.service.TestGrids;
import fr.monenfantalecole.portail.shared.MapProperties;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Banners;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A portal's own face (issue 19): the compact phone header with the search a tap away, the pages a
 * parent sees most at both widths for two portals, and nothing fetched from another host. Each test's
 * portal is a commune of its own, given a face ({@link PortalLooks}), an école, a cantine grid
 * ({@link TestGrids}) and the two local values of CAN-001, as a collectivité fills them in.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class IdentityBrowserTest {

    /** The faces of the two portals whose most seen pages are walked here: they must look different. */
    static final List<PortalLooks> LOOKS = List.of(PortalLooks.SQUARE, PortalLooks.LANDSCAPE);

    @LocalServerPort
    int port;

    /** The map tiles' server, set by the operator: the one other origin, for images, that the CSP allows. */
    @Autowired
    MapProperties map;

    @Autowired
    Collectivites collectivites;

    @Autowired
    Banners banners;

    @Autowired
    Prestations prestations;

    @OwnCommune
    World w;

    /** The world's portal with this face, an école, a cantine and CAN-001's local text (one of two paragraphs). */
    World portal(PortalLooks looks) {
        looks.give(w, collectivites, banners);
        w.school("Ecole primaire publique du Bourg");
        TestGrids.restauration(prestations, w.id());
        w.localValue(
                "cantine.organisation",
                "Les repas sont préparés chaque matin par la cuisine municipale.\n\n"
                        + "Une commission des menus, ouverte aux parents, se réunit une fois par trimestre.");
        w.localValue("cantine.inscription", "On inscrit son enfant à la cantine au guichet de la mairie.");
        return w;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static Stream<Arguments> pagesAtBothWidths() {
        return LOOKS.stream()
                .flatMap(looks -> Stream.of(1280, 360)
                        .flatMap(width -> Stream.of(
                                        "/",
                                        "/questions/cantine/CAN-001",
                                        "/ecoles#premiere",
                                        "/services",
                                        "/questions")
                                .map(page -> Arguments.of(page, width, looks))));
    }

    @ParameterizedTest(name = "{0} à {1} px, logo {2}")
    @MethodSource("pagesAtBothWidths")
    void theMostSeenPagesPassAxeAndAskNoOtherHost(String page, int width, PortalLooks looks, WebDriver driver) {
        String path = "/" + portal(looks).slug() + page;
        driver.manage().window().setSize(new Dimension(width, 900));
        open(driver, path);
        Browser.assertFitsTheWidth(driver, path + " à " + width + " px");
        Browser.assertAccessible(driver);
        String tiles = URI.create(map.tileOrigin()).getAuthority();
        assertThat(hostsAsked(driver))
                .as("hôtes appelés par " + path + " (hors tuiles de carte)")
                .isSubsetOf("localhost:" + port, tiles)
                .contains("localhost:" + port);
        if (!path.contains("ecoles")) {
            assertThat(hostsAsked(driver)).as("pas de carte ici").containsOnly("localhost:" + port);
        }
    }

    @Test
    void onAPhoneTheHeaderIsCompactAndTheSearchIsOneTapAway(WebDriver driver) {
        portal(PortalLooks.SQUARE);
        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(url("/" + w.slug() + "/"));
        var header = driver.findElement(By.cssSelector(".site-header"));
        assertThat(header.getSize().getHeight())
                .as("hauteur du bandeau à 360 px")
                .isLessThanOrEqualTo(90);
        var search = driver.findElement(By.id("q"));
        assertThat(search.isDisplayed())
                .as("le champ de recherche attend le bouton")
                .isFalse();

        var button = driver.findElement(By.cssSelector("a[data-ouvre='recherche']"));
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        button.click();
        Browser.waitFor(driver).until(d -> search.equals(d.switchTo().activeElement()));
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
        Browser.assertAccessible(driver);

        var menu = driver.findElement(By.cssSelector("a[data-ouvre='menu-principal']"));
        menu.click();
        Browser.waitFor(driver)
                .until(d -> d.findElement(By.linkText("Questions-réponses")).isDisplayed());
        assertThat(search.isDisplayed()).as("un panneau à la fois").isFalse();
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void onAPhoneTheKeyboardOpensTheSearchAndTypesAQuestion(WebDriver driver) {
        portal(PortalLooks.SQUARE);
        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(url("/" + w.slug() + "/"));
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        // skip link, brand, then the search button: Tab reaches it, Enter opens and focuses the field.
        for (int i = 0; i < 4 && !"recherche".equals(active(driver, "data-ouvre")); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(active(driver, "data-ouvre")).isEqualTo("recherche");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        Browser.waitFor(driver).until(d -> "q".equals(active(d, "id")));
        var box = driver.switchTo().activeElement();
        Browser.leavePage(driver, () -> box.sendKeys("cantine", Keys.ENTER));
        Browser.waitFor(driver).until(d -> d.getCurrentUrl().contains("/" + w.slug() + "/recherche?q=cantine"));

        // Space works too (a button), and Escape closes the panel and gives the focus back.
        driver.get(url("/" + w.slug() + "/"));
        var button = driver.findElement(By.cssSelector("a[data-ouvre='recherche']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", button);
        button.sendKeys(Keys.SPACE);
        Browser.waitFor(driver).until(d -> "q".equals(active(d, "id")));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        Browser.waitFor(driver).until(d -> "recherche".equals(active(d, "data-ouvre")));
        assertThat(driver.findElement(By.id("q")).isDisplayed()).isFalse();
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theLogoKeepsItsProportionsAndTheHomeShowsTheBanner(WebDriver driver) {
        portal(PortalLooks.WIDE);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/" + w.slug() + "/"));
        var logo = driver.findElement(By.cssSelector(".brand .logo"));
        Browser.waitFor(driver)
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].complete", logo));
        long natural = (Long) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].naturalWidth * 1000 / arguments[0].naturalHeight | 0", logo);
        long shown = logo.getSize().getWidth() * 1000L / logo.getSize().getHeight();
        assertThat(natural).as("un logo large").isGreaterThan(2000);
        assertThat(shown).as("proportions affichées").isBetween(natural - 30, natural + 30);
        assertThat(driver.findElements(By.cssSelector(".banniere svg.illustration")))
                .hasSize(1);
    }

    @Test
    void localTextInANationalSheetCarriesALabelNotAHighlight(WebDriver driver) {
        portal(PortalLooks.SQUARE);
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/" + w.slug() + "/questions/cantine/CAN-001"));
        var js = (JavascriptExecutor) driver;
        assertThat(driver.findElement(By.cssSelector(".legende-locale")).getText())
                .contains("propres à " + w.nom());
        var local = driver.findElement(By.cssSelector(".fiche .local"));
        assertThat(local.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
        String mark = (String) js.executeScript(
                "var s = getComputedStyle(arguments[0]); return s.borderBottomStyle + ' ' + s.borderLeftStyle;", local);
        assertThat(mark).as("un trait, pas seulement une couleur").containsAnyOf("dotted", "solid");
        var blocks = driver.findElements(By.cssSelector(".fiche div.local"));
        if (!blocks.isEmpty()) {
            assertThat((String) js.executeScript(
                            "return getComputedStyle(arguments[0], '::before').content", blocks.getFirst()))
                    .isEqualTo("\"Information de " + w.nom() + "\"");
        }
    }

    /** The school page is the first school of the list, reached as a parent reaches it. */
    private void open(WebDriver driver, String path) {
        if (path.endsWith("/ecoles#premiere")) {
            driver.get(url(path.replace("#premiere", "")));
            String href =
                    driver.findElement(By.cssSelector(".etablissements h2 a")).getAttribute("href");
            driver.get(href);
        } else {
            driver.get(url(path));
        }
        Browser.waitFor(driver)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Every host the page fetched anything from: the document, then its resources. */
    @SuppressWarnings("unchecked")
    private static List<String> hostsAsked(WebDriver driver) {
        var names = (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return [location.href].concat(performance.getEntriesByType('resource')"
                        + ".map(function (e) { return e.name; }))");
        return names.stream()
                .filter(n -> n.startsWith("http"))
                .map(n -> URI.create(n).getAuthority())
                .distinct()
                .toList();
    }

    private static String active(WebDriver driver, String attribute) {
        String value = driver.switchTo().activeElement().getAttribute(attribute);
        return value == null ? "" : value;
    }
}
