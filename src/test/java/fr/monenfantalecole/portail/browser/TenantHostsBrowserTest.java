package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An intercommunalité declares its own host name; the operator validates it. On an intercommunalité of
 * the test's own with one member commune; the host goes with it.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class TenantHostsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aDeclaredHostWaitsForTheOperatorWhoValidatesIt(WebDriver driver) {
        try (var agglomeration = fixtures.agglomeration()) {
            var member = agglomeration.member();
            String host = "ecoles." + agglomeration.slug() + ".test";
            String portal = "http://localhost:" + port;
            Browser.logIn(
                    driver,
                    portal,
                    agglomeration.admin().email(),
                    agglomeration.admin().password());
            driver.get(portal + "/admin/" + agglomeration.slug() + "/identite");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("elle seule modifie cette liste")
                    .contains(member.nom() + " (" + member.codeInsee() + ")");
            driver.findElement(By.id("hosts")).sendKeys(host);
            driver.findElement(By.cssSelector("form[action$='/identite'] button[type=submit]"))
                    .click();
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.success")));
            assertThat(driver.findElement(By.id("hosts-etat")).getText())
                    .contains(host + " : en attente de validation par la plateforme");
            Browser.assertAccessible(driver);

            Browser.logIn(
                    driver,
                    portal,
                    agglomeration.platform().email(),
                    agglomeration.platform().password());
            driver.get(portal + "/admin/" + agglomeration.slug() + "/identite");
            Browser.assertAccessible(driver);
            driver.findElement(By.xpath("//button[normalize-space() = 'Valider " + host + "']"))
                    .click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hosts-etat"), host + " : en service"));
            Browser.assertAccessible(driver);
        }
    }
}
