package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A national editor of the test's own reaches the "à revérifier à la rentrée" list with the keyboard, on a
 * large screen and a phone. The list is the national catalogue's (AID-022, the ARS), not the demo's.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class RecheckBrowserTest {

    @LocalServerPort
    int port;

    /** The world the editor belongs to (its slug names the account; the editor has no commune). */
    @OwnCommune
    World w;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anEditorGoesThroughTheListWithTheKeyboard(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        Browser.logIn(driver, url(""), w.editor().email(), World.PASSWORD);
        driver.get(url("/admin/redaction"));
        var link = driver.findElement(By.linkText("À revérifier à la rentrée"));
        Browser.leavePage(driver, () -> link.sendKeys(Keys.ENTER));
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/admin/redaction/a-reverifier"));
        assertThat(Browser.visible(driver, By.tagName("h1")).getText()).isEqualTo("À revérifier à la rentrée");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Montants de l'ARS par âge")
                .contains("Valable pour");
        Browser.assertAccessible(driver);

        var csv = driver.findElement(By.linkText("Télécharger la liste (CSV)"));
        csv.sendKeys("");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        var focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("href")).endsWith("/admin/redaction/fiches/AID-022");
        Browser.leavePage(driver, () -> new Actions(driver).sendKeys(Keys.ENTER).perform());
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/admin/redaction/fiches/AID-022"));

        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(url("/admin/redaction/a-reverifier"));
        Browser.visible(driver, By.tagName("h1"));
        Browser.assertFitsTheWidth(driver, "liste à revérifier sur un écran de 360 px");
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
