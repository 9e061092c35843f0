package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.service.TestGrids;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service zone in Chromium: the calculator improved by JavaScript, the services and tariff pages, the
 * agent's grid form; on a commune of the test's own that offers the tests' cantine grid ({@link TestGrids}:
 * tranches) and an accueil périscolaire priced by a taux d'effort.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class ServicesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Prestations prestations;

    @OwnCommune
    World w;

    /** The commune's two services for 2026-2027: the cantine by tranches, the accueil by a taux d'effort. */
    @BeforeEach
    void offers() {
        TestGrids.restauration(prestations, w.id());
        var effort = new Grille(
                Grille.Mode.TAUX_EFFORT,
                Grille.Bornes.MIN_INCLUS,
                List.of(),
                new BigDecimal("0.20"),
                50L,
                300L,
                300,
                Grille.NonResident.IDENTIQUE,
                Grille.Fratrie.AUCUNE);
        prestations.create(
                w.id(),
                new Prestations.Saisie("Accueil périscolaire", "l'heure", "", "2026-2027", 2, effort, false),
                null);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/services", "/services/tarifs", "/services/quotient-familial"})
    void servicePagesPassAxeOnADesktopAndOnA360PixelPhone(String page, WebDriver driver) {
        String path = "/" + w.slug() + page;
        for (var size : new Dimension[] {new Dimension(1280, 900), new Dimension(360, 780)}) {
            driver.manage().window().setSize(size);
            driver.get(url(path));
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, "no sideways scrolling on " + path + " at " + size.width + " px");
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void withJavaScriptTheAnswerAppearsInPlaceAndTakesTheFocus(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(url("/" + w.slug() + "/services/quotient-familial"));
        js(driver).executeScript("window.__sameDocument = true;");
        driver.findElement(By.id("revenus")).sendKeys("36000");
        driver.findElement(By.id("prestations")).sendKeys("140");
        var children = driver.findElement(By.id("enfants"));
        children.clear();
        children.sendKeys("2", Keys.ENTER);
        var wait = Browser.waitFor(driver);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("qf-titre"), "1 046,67 €"));
        assertThat(js(driver).executeScript("return window.__sameDocument === true;"))
                .as("no page reload")
                .isEqualTo(true);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("qf-titre");
        // The tests' canteen at 1 046,67 €: 1 000 € and more → 4,10 €.
        assertThat(driver.findElement(By.id("qf-resultat")).getText())
                .contains("Restauration scolaire", "4,10 €", "Tranche d'en dessous");
        Browser.screenshot(driver, "quotient-resultat-360");
        Browser.assertAccessible(driver);

        // A mistake in the second form is shown next to the field, and the typed text stays.
        driver.findElement(By.id("qf")).sendKeys("beaucoup", Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("erreurs")));
        assertThat(driver.findElement(By.id("qf")).getAttribute("value")).isEqualTo("beaucoup");
        assertThat(driver.findElement(By.cssSelector("#qf-erreur")).getText()).contains("attestation CAF");
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void anAgentSeesGridErrorsNextToTheTranche(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        driver.get(url("/admin/" + w.slug() + "/tarifs"));
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, By.linkText("Restauration scolaire"));
        Browser.assertAccessible(driver);
        // Make a gap: the second tranche starts at 510 instead of 500.
        var from = driver.findElements(By.name("trancheDe")).get(1);
        from.clear();
        from.sendKeys("510");
        Browser.clickAndWaitForPage(driver, By.xpath("//button[normalize-space()='Enregistrer']"));
        assertThat(Browser.visible(driver, By.id("erreurs")).getText())
                .contains("Trou entre la tranche 1 et la tranche 2 : les quotients de 500,00 € à moins de 510,00 €");
        assertThat(driver.findElement(By.id("tranche-2-erreur")).getText()).contains("devrait commencer à 500,00 €");
        assertThat(driver.findElements(By.name("trancheDe")).get(1).getAttribute("value"))
                .isEqualTo("510");
        Browser.screenshot(driver, "tarif-erreur-tranche");
        Browser.assertAccessible(driver);
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
