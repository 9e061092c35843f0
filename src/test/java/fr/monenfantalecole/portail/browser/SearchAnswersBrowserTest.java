package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The answers above the search results pass axe, fit 360 px and are the first thing the keyboard reaches.
 * On the test's own commune with its écoles and collège and its carte scolaire ({@link OwnPortal}).
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class SearchAnswersBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    OwnPortal portal;

    @OwnCommune
    World w;

    OwnPortal.Schools schools;

    @BeforeEach
    void ownSchoolsAndCarte() {
        schools = portal.schools(w);
        portal.sectors(w, w, schools, "maternelle", "elementaire", "college");
    }

    private String results(String query) {
        return "http://localhost:" + port + "/" + w.slug() + "/recherche?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void everyKindOfAnswerIsAccessibleAtBothWidths(WebDriver driver) {
        for (String query :
                new String[] {"ecole les bleuets", "12 rue des trois tilleuls", "vacances de noel", "calcul quotient"
                }) {
            for (var size : new Dimension[] {new Dimension(1280, 900), new Dimension(360, 780)}) {
                driver.manage().window().setSize(size);
                driver.get(results(query));
                Browser.visible(driver, By.cssSelector("[data-answer]"));
                Browser.assertAccessible(driver);
                Browser.assertFitsTheWidth(driver, query + " at " + size.width + " px");
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theKeyboardGoesFromTheSearchButtonToTheAnswer(WebDriver driver) {
        driver.get(results("ecole les bleuets"));
        driver.findElement(By.cssSelector("form.search-page button")).sendKeys(Keys.TAB);
        var answer = driver.switchTo().activeElement();
        String page = "/" + w.slug() + "/ecoles/" + schools.primaire();
        assertThat(answer.getAttribute("href")).endsWith(page);
        Browser.leavePage(driver, () -> answer.sendKeys(Keys.ENTER));
        assertThat(driver.getCurrentUrl()).endsWith(page);
    }
}
