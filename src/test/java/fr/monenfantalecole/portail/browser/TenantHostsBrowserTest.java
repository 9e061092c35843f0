package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An intercommunalité declares its own host name; the operator validates it. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class TenantHostsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Collectivites collectivites;

    @AfterEach
    void forgetTheHost() {
        jdbc.sql("delete from collectivite_host where host = 'ecoles.fougeres-agglo.test'")
                .update();
        collectivites.forget();
    }

    @Test
    void aDeclaredHostWaitsForTheOperatorWhoValidatesIt(WebDriver driver) {
        String portal = "http://localhost:" + port;
        Browser.logIn(driver, portal, "admin@fougeres-agglomeration.demo", "demo-fougeres-agglomeration-2026");
        driver.get(portal + "/admin/fougeres-agglomeration/identite");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("elle seule modifie cette liste")
                .contains("Lécousse (35150)");
        driver.findElement(By.id("hosts")).sendKeys("ecoles.fougeres-agglo.test");
        driver.findElement(By.cssSelector("form[action$='/identite'] button[type=submit]"))
                .click();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.success")));
        assertThat(driver.findElement(By.id("hosts-etat")).getText())
                .contains("ecoles.fougeres-agglo.test : en attente de validation par la plateforme");
        Browser.assertAccessible(driver);

        Browser.logIn(driver, portal, "plateforme@monenfant.demo", "demo-plateforme-2026");
        driver.get(portal + "/admin/fougeres-agglomeration/identite");
        Browser.assertAccessible(driver);
        driver.findElement(By.xpath("//button[normalize-space() = 'Valider ecoles.fougeres-agglo.test']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("hosts-etat"), "ecoles.fougeres-agglo.test : en service"));
        Browser.assertAccessible(driver);
    }
}
