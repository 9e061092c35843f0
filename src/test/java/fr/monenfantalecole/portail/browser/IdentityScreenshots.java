package fr.monenfantalecole.portail.browser;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.PortailTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Writes the screenshots of docs/screenshots/ (see its README): home, a fiche, a school page and the
 * services page of two portals, at 1280 and 360 px. Runs only when asked ({@code -Dcaptures=true}),
 * since it writes into the source tree.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
@EnabledIfSystemProperty(named = "captures", matches = "true")
class IdentityScreenshots {

    /** The two demo portals photographed for docs/screenshots: the subject here is the demo's look. */
    static final List<String> PORTALS = List.of("fougeres", "saint-malo");

    /** The tallest capture, so that a long page stays a picture one can read. */
    private static final int MAX_HEIGHT = 2000;

    @LocalServerPort
    int port;

    @Test
    void capture(WebDriver driver) throws IOException {
        Path dir = Path.of("docs", "screenshots");
        Files.createDirectories(dir);
        for (String slug : PORTALS) {
            for (int width : new int[] {1280, 360}) {
                shoot(driver, dir, slug + "-accueil-" + width, "/" + slug + "/", width);
                shoot(driver, dir, slug + "-fiche-" + width, "/" + slug + "/questions/cantine/CAN-001", width);
                shoot(driver, dir, slug + "-ecole-" + width, schoolPage(driver, slug), width);
                shoot(driver, dir, slug + "-services-" + width, "/" + slug + "/services", width);
            }
        }
    }

    private String schoolPage(WebDriver driver, String slug) {
        driver.get("http://localhost:" + port + "/" + slug + "/ecoles");
        String href = driver.findElement(By.cssSelector(".etablissements h2 a")).getAttribute("href");
        return href.substring(href.indexOf("/" + slug + "/"));
    }

    private void shoot(WebDriver driver, Path dir, String name, String path, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get("http://localhost:" + port + path);
        var js = (JavascriptExecutor) driver;
        Browser.waitFor(driver).until(d -> (Boolean)
                js.executeScript("return document.readyState === 'complete' && document.fonts.status === 'loaded'"));
        long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, MAX_HEIGHT)));
        Browser.waitFor(driver).until(d -> (Boolean) js.executeScript("return document.readyState === 'complete'"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
