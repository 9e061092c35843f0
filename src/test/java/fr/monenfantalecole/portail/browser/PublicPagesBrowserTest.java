package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public page type in a real Chromium: accessibility, keyboard, a 360 px phone, the map fallback. On
 * worlds of the class's own: a département with a commune ({c}) holding an école primaire, an école
 * maternelle and a collège ({@link OwnPortal}), its carte scolaire, a news item, local values and a host
 * name; an intercommunalité ({a}) with a commune and its école.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OwnPortal portal;

    World departement;
    World commune;
    World agglomeration;
    OwnPortal.Schools schools;
    long news;

    @BeforeAll
    void ownWorlds() throws Exception {
        departement = fixtures.departement();
        commune = departement.member();
        schools = portal.schools(commune);
        portal.identity(commune, host());
        portal.sectors(commune, commune, schools, "maternelle", "elementaire", "college");
        commune.localValue("cantine.inscription", "Inscription au guichet unique de la mairie, place des Tilleuls.")
                .localValue("cantine.organisation", "Les repas sont préparés sur place par la cuisine centrale.");
        news = portal.news(commune, "Inscriptions scolaires pour la rentrée");
        agglomeration = fixtures.agglomeration();
        agglomeration.member().school("École publique de la Vallée");
    }

    @AfterAll
    void closeWorlds() {
        agglomeration.close();
        departement.close();
    }

    String host() {
        return commune.slug() + ".localhost";
    }

    /** The path with the worlds' slugs, school and news item in place of {c}, {a}, {d}, {primaire}, {news}. */
    String url(String path) {
        return "http://localhost:" + port
                + path.replace("{c}", commune.slug())
                        .replace("{a}", agglomeration.slug())
                        .replace("{d}", departement.slug())
                        .replace("{primaire}", schools.primaire())
                        .replace("{news}", Long.toString(news));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/{c}/",
                "/{a}/",
                "/{d}/",
                "/{c}/ecoles",
                "/{a}/ecoles",
                "/{d}/ecoles",
                "/{c}/ecoles/{primaire}",
                "/{c}/ecoles?niveau=college&secteur=prive",
                "/{c}/ecoles?nom=zzz",
                "/{c}/page-inexistante",
                "/atlantis/",
                "/admin/connexion",
                "/{c}/questions",
                "/{c}/questions?niveau=maternelle",
                "/{c}/questions/inscription-scolaire",
                "/{c}/questions/inscription-scolaire/INS-002-comment-inscrire-mon-enfant-pour-sa-premiere-rentree-en-maternelle",
                "/{c}/questions/cantine/CAN-001",
                "/{c}/actualites",
                "/{c}/actualites/{news}",
                "/{c}/recherche?q=cantine+prix",
                "/{c}/recherche?q=ecole+les+bleuets",
                "/{c}/recherche?q=cantinne",
                "/{c}/recherche?q=xylophone+quantique",
                "/{c}/services/carte-scolaire",
                "/{c}/services/carte-scolaire?adresse=12+bd+des+Essais",
                "/{c}/services/carte-scolaire?adresse=22+des+Trois+Tilleuls",
                "/{c}/services/quotient-familial"
            })
    void everyPublicPageTypeHasNoWcagViolation(String path, WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url(path));
        waitForMapToSettle(driver);
        Browser.assertAccessible(driver);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/{c}/",
                "/{c}/ecoles",
                "/{c}/ecoles/{primaire}",
                "/admin/connexion",
                "/{c}/questions",
                "/{c}/questions/inscription-scolaire/INS-002-comment-inscrire-mon-enfant-pour-sa-premiere-rentree-en-maternelle"
            })
    void readsOnA360PixelPhoneWithoutSidewaysScrolling(String path, WebDriver driver) {
        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(url(path));
        waitForMapToSettle(driver);
        Browser.assertFitsTheWidth(driver, "page width on a 360 px screen");
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theKeyboardReachesTheContentFirstThenTheMenu(WebDriver driver) {
        driver.get(url("/{c}/"));
        var body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        var skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Aller au contenu");
        assertThat(skip.isDisplayed()).as("the skip link shows when focused").isTrue();
        skip.sendKeys(Keys.ENTER);
        Browser.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#contenu"));

        driver.get(url("/{c}/"));
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        var reached = new java.util.ArrayList<String>();
        for (int i = 0;
                i < 8
                        && !"Questions-réponses"
                                .equals(driver.switchTo().activeElement().getText());
                i++) {
            var active = driver.switchTo().activeElement();
            reached.add(
                    active.getAttribute("id") != null
                                    && !active.getAttribute("id").isEmpty()
                            ? "#" + active.getAttribute("id")
                            : active.getText());
            active.sendKeys(Keys.TAB);
        }
        // skip link, brand, search box and its button, Accueil, then Questions-réponses
        assertThat(reached).startsWith("Aller au contenu").contains("#q", "Rechercher", "Accueil");
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Questions-réponses");
        var menuLink = driver.switchTo().activeElement();
        Browser.leavePage(driver, () -> menuLink.sendKeys(Keys.ENTER));
        assertThat(driver.getCurrentUrl()).contains("/" + commune.slug() + "/questions");
    }

    @Test
    void aParentFiltersTheSchoolsAndTheListFollowsWithoutReloading(WebDriver driver) {
        driver.get(url("/{c}/ecoles"));
        js(driver).executeScript("window.__sameDocument = true;");
        new Select(driver.findElement(By.id("niveau"))).selectByValue("maternelle");
        var wait = Browser.waitFor(driver);
        wait.until(ExpectedConditions.urlContains("niveau=maternelle"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#resultats .count"), "sur 3"));
        assertThat(js(driver).executeScript("return window.__sameDocument === true;"))
                .isEqualTo(true);
        assertThat(driver.findElement(By.id("resultats")).getText())
                .contains(OwnPortal.MATERNELLE)
                .doesNotContain(OwnPortal.COLLEGE);
    }

    @Test
    void searchSuggestionsWorkWithTheKeyboard(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/{c}/"));
        var box = driver.findElement(By.id("q"));
        box.sendKeys("cant");
        var wait = Browser.waitFor(driver);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-suggestions [role=option]")));
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        box.sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.attributeToBe(box, "aria-activedescendant", "q-suggestion-0"));
        assertThat(box.getAttribute("value")).isEqualTo("cant");
        String expected = driver.findElement(By.id("q-suggestion-0")).getText();
        Browser.leavePage(driver, () -> box.sendKeys(Keys.ENTER));
        wait.until(ExpectedConditions.urlContains("/" + commune.slug() + "/questions/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(expected);

        // The open list passes axe too.
        driver.get(url("/{c}/"));
        driver.findElement(By.id("q")).sendKeys("garder");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-suggestions [role=option]")));
        Browser.assertAccessible(driver);

        driver.get(url("/{c}/"));
        var query = driver.findElement(By.id("q"));
        Browser.leavePage(driver, () -> query.sendKeys("garderie le matin", Keys.ENTER));
        wait.until(ExpectedConditions.urlContains("/" + commune.slug() + "/recherche"));
        assertThat(driver.findElement(By.cssSelector(".results a")).getText()).contains("accueil du matin");
    }

    @Test
    void aParentFindsTheSchoolsOfAnAddressWithTheKeyboard(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/{c}/services/carte-scolaire"));
        var box = driver.findElement(By.id("adresse"));
        box.sendKeys("12 rue des trois t");
        var wait = Browser.waitFor(driver);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#adresse-suggestions [role=option]")));
        box.sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.attributeToBe(box, "aria-activedescendant", "adresse-suggestion-0"));
        box.sendKeys(Keys.ENTER);
        wait.until(d -> box.getAttribute("value").startsWith("Rue des Trois Tilleuls"));
        Browser.leavePage(driver, () -> box.sendKeys(Keys.ENTER));
        wait.until(ExpectedConditions.urlContains("adresse="));
        assertThat(driver.findElement(By.cssSelector(".answer")).getText()).contains("Collège");
        Browser.assertAccessible(driver);
    }

    @Test
    void aParentComputesTheQuotientFamilial(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/{c}/services/quotient-familial"));
        driver.findElement(By.id("revenus")).sendKeys("36 000");
        driver.findElement(By.id("prestations")).sendKeys("140");
        driver.findElement(By.id("enfants")).clear();
        driver.findElement(By.id("enfants")).sendKeys("2", Keys.ENTER);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("qf-titre")));
        assertThat(driver.findElement(By.id("qf-titre")).getText()).isEqualTo("Votre quotient familial : 1 046,67 €");
        Browser.assertAccessible(driver);
    }

    @Test
    void theMapGivesWayToTheAddressWhenTilesCannotLoad(WebDriver driver) {
        driver.get(url("/{c}/ecoles/{primaire}"));
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("carte-indisponible")));
        assertThat(driver.findElement(By.id("carte")).isDisplayed()).isFalse();
        // The directory's address, presented in typographic case (issue 19), the official text kept apart.
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("4 place des Tilleuls, 99300 " + commune.nom());
    }

    @Test
    void aCollectiviteOwnHostNameServesItsPortal(WebDriver driver) {
        driver.get("http://" + host() + ":" + port + "/ecoles");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Écoles — " + commune.nom());
        Browser.clickAndWaitForPage(driver, By.linkText(OwnPortal.PRIMAIRE));
        assertThat(driver.getCurrentUrl()).isEqualTo("http://" + host() + ":" + port + "/ecoles/" + schools.primaire());
    }

    private static void waitForMapToSettle(WebDriver driver) {
        if (!driver.findElements(By.id("carte")).isEmpty()) {
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("carte-indisponible")));
        }
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
