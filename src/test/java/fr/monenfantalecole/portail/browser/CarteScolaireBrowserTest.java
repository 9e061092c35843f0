package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The carte scolaire as a parent sees it (issue 19): suggestions under the field, the answer brought into
 * view on a phone. On the test's own commune, its école and collège, and its carte over two streets
 * ({@link OwnPortal}).
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class CarteScolaireBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    OwnPortal portal;

    @OwnCommune
    World w;

    @BeforeEach
    void ownCarteScolaire() {
        var schools = portal.schools(w);
        portal.sectors(w, w, schools, "maternelle", "elementaire", "college");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theSuggestionsOpenUnderTheFieldAndFollowItWhenThePageScrolls(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 700));
        driver.get(url("/" + w.slug() + "/services/carte-scolaire"));
        var box = driver.findElement(By.id("adresse"));
        box.sendKeys("12 rue des trois t");
        var wait = Browser.waitFor(driver);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#adresse-suggestions [role=option]")));
        assertUnderTheField(driver);
        js(driver).executeScript("window.scrollBy(0, 120);");
        assertUnderTheField(driver);
        Browser.assertAccessible(driver);
    }

    @Test
    void onAPhoneThePageMovesToTheAnswer(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(360, 740));
        driver.get(url("/" + w.slug() + "/services/carte-scolaire"));
        Browser.assertAccessible(driver);
        var box = driver.findElement(By.id("adresse"));
        box.sendKeys("12 rue des Trois Tilleuls");
        Browser.leavePage(driver, () -> box.sendKeys(Keys.ENTER));
        var wait = Browser.waitFor(driver);
        wait.until(ExpectedConditions.urlContains("adresse="));
        wait.until(d -> {
            var r = rect(d, "#reponse");
            return ((Number) r.get("top")).doubleValue() > -2
                    && ((Number) r.get("top")).doubleValue()
                            < ((Number) js(d).executeScript("return window.innerHeight;")).doubleValue() / 2;
        });
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("reponse");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "the answer at 360 px");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void assertUnderTheField(WebDriver driver) {
        var field = rect(driver, "#adresse");
        var list = rect(driver, "#adresse-suggestions");
        double gap = ((Number) list.get("top")).doubleValue() - ((Number) field.get("bottom")).doubleValue();
        assertThat(gap).as("the list starts right under the field").isBetween(-1.0, 12.0);
        assertThat(((Number) list.get("left")).doubleValue())
                .isCloseTo(((Number) field.get("left")).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(((Number) list.get("bottom")).doubleValue())
                .as("the list fits in the window")
                .isLessThanOrEqualTo(((Number) js(driver).executeScript("return window.innerHeight;")).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rect(WebDriver driver, String selector) {
        return (Map<String, Object>) js(driver)
                .executeScript(
                        "var r = document.querySelector(arguments[0]).getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left};",
                        selector);
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
