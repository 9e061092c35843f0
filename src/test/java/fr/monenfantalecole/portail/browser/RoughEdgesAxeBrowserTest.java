package fr.monenfantalecole.portail.browser;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page the rough-edge fixes of issue 19 touched passes axe and fits the width, at 1280 and 360 px. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class RoughEdgesAxeBrowserTest {

    static final Dimension[] SIZES = {new Dimension(1280, 900), new Dimension(360, 780)};

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void publicPages(WebDriver driver) {
        for (String path : new String[] {
            "/ille-et-vilaine/", "/fougeres/", "/rennes/ecoles", "/fougeres/ecoles/0350256N", "/fougeres/agenda"
        }) {
            check(driver, path);
        }
    }

    @Test
    void backOfficePages(WebDriver driver) {
        driver.manage().window().setSize(SIZES[0]);
        Browser.logIn(driver, url(""), "admin@fougeres.demo", "demo-fougeres-2026");
        check(driver, "/admin/fougeres/carte-scolaire?niveau=college&origine=departement");
        check(driver, "/admin/fougeres/rubriques");
        String delete =
                driver.findElement(By.cssSelector("a[href$='/supprimer']")).getAttribute("href");
        check(driver, delete.substring(delete.indexOf("/admin/")));
        check(driver, "/admin/rennes/carte-scolaire");
        driver.manage().window().setSize(SIZES[0]);
    }

    private void check(WebDriver driver, String path) {
        for (var size : SIZES) {
            driver.manage().window().setSize(size);
            driver.get(url(path));
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, path + " at " + size.width + " px");
        }
    }
}
