package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every public page type in a real Chromium: accessibility, keyboard, a 360 px phone, the map fallback. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class PublicPagesBrowserTest {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/fougeres/",
                "/fougeres-agglomeration/",
                "/ille-et-vilaine/",
                "/fougeres/ecoles",
                "/fougeres-agglomeration/ecoles",
                "/ille-et-vilaine/ecoles",
                "/fougeres/ecoles/0350256N",
                "/fougeres/ecoles?niveau=college&secteur=prive",
                "/fougeres/ecoles?nom=zzz",
                "/fougeres/page-inexistante",
                "/atlantis/",
                "/admin/connexion",
                "/fougeres/questions",
                "/fougeres/questions?niveau=maternelle",
                "/fougeres/questions/inscription-scolaire",
                "/fougeres/questions/inscription-scolaire/INS-002-comment-inscrire-mon-enfant-pour-sa-premiere-rentree-en-maternelle",
                "/rennes/questions/cantine/CAN-001",
                "/fougeres/actualites",
                "/fougeres/actualites/1",
                "/fougeres/recherche?q=cantine+prix",
                "/fougeres/recherche?q=ecole+odile+gautry",
                "/fougeres/recherche?q=cantinne",
                "/fougeres/recherche?q=xylophone+quantique",
                "/fougeres/services/carte-scolaire",
                "/fougeres/services/carte-scolaire?adresse=12+bd+de+Groslay",
                "/saint-malo/services/carte-scolaire?adresse=22+du+Pontel",
                "/fougeres/services/quotient-familial"
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
                "/fougeres/",
                "/fougeres/ecoles",
                "/fougeres/ecoles/0350256N",
                "/admin/connexion",
                "/fougeres/questions",
                "/fougeres/questions/inscription-scolaire/INS-002-comment-inscrire-mon-enfant-pour-sa-premiere-rentree-en-maternelle"
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
        driver.get(url("/fougeres/"));
        var body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        var skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Aller au contenu");
        assertThat(skip.isDisplayed()).as("the skip link shows when focused").isTrue();
        skip.sendKeys(Keys.ENTER);
        Browser.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("#contenu"));

        driver.get(url("/fougeres/"));
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
        assertThat(driver.getCurrentUrl()).contains("/fougeres/questions");
    }

    @Test
    void aParentFiltersTheSchoolsAndTheListFollowsWithoutReloading(WebDriver driver) {
        driver.get(url("/fougeres/ecoles"));
        js(driver).executeScript("window.__sameDocument = true;");
        new Select(driver.findElement(By.id("niveau"))).selectByValue("maternelle");
        var wait = Browser.waitFor(driver);
        wait.until(ExpectedConditions.urlContains("niveau=maternelle"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#resultats .count"), "sur 17"));
        assertThat(js(driver).executeScript("return window.__sameDocument === true;"))
                .isEqualTo(true);
        assertThat(driver.findElement(By.id("resultats")).getText())
                .contains("Ecole maternelle publique Raoul II")
                .doesNotContain("Collège Thérèse Pierre");
    }

    @Test
    void searchSuggestionsWorkWithTheKeyboard(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/fougeres/"));
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
        wait.until(ExpectedConditions.urlContains("/fougeres/questions/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(expected);

        // The open list passes axe too.
        driver.get(url("/fougeres/"));
        driver.findElement(By.id("q")).sendKeys("garder");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-suggestions [role=option]")));
        Browser.assertAccessible(driver);

        driver.get(url("/fougeres/"));
        var query = driver.findElement(By.id("q"));
        Browser.leavePage(driver, () -> query.sendKeys("garderie le matin", Keys.ENTER));
        wait.until(ExpectedConditions.urlContains("/fougeres/recherche"));
        assertThat(driver.findElement(By.cssSelector(".results a")).getText()).contains("accueil du matin");
    }

    @Test
    void aParentFindsTheSchoolsOfAnAddressWithTheKeyboard(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/rennes/services/carte-scolaire"));
        var box = driver.findElement(By.id("adresse"));
        box.sendKeys("12 rue marie de fr");
        var wait = Browser.waitFor(driver);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#adresse-suggestions [role=option]")));
        box.sendKeys(Keys.ARROW_DOWN);
        wait.until(ExpectedConditions.attributeToBe(box, "aria-activedescendant", "adresse-suggestion-0"));
        box.sendKeys(Keys.ENTER);
        wait.until(d -> box.getAttribute("value").startsWith("Rue Marie de France"));
        Browser.leavePage(driver, () -> box.sendKeys(Keys.ENTER));
        wait.until(ExpectedConditions.urlContains("adresse="));
        assertThat(driver.findElement(By.cssSelector(".answer")).getText()).contains("Collège");
        Browser.assertAccessible(driver);
    }

    @Test
    void aParentComputesTheQuotientFamilial(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/fougeres/services/quotient-familial"));
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
        driver.get(url("/fougeres/ecoles/0350256N"));
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("carte-indisponible")));
        assertThat(driver.findElement(By.id("carte")).isDisplayed()).isFalse();
        // The directory's address, presented in typographic case (issue 19), the official text kept apart.
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("4 place Lariboisière, 35300 Fougères");
    }

    @Test
    void aCollectiviteOwnHostNameServesItsPortal(WebDriver driver) {
        driver.get("http://fougeres.localhost:" + port + "/ecoles");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Écoles — Fougères");
        Browser.clickAndWaitForPage(driver, By.linkText("Ecole primaire publique Odile Gautry"));
        assertThat(driver.getCurrentUrl()).isEqualTo("http://fougeres.localhost:" + port + "/ecoles/0350256N");
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
