package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.account.SecondFactor;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A staff member turns on the second factor and logs in with it, from the keyboard, in a real browser. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class SecondFactorBrowserTest {

    static final String PASSWORD = World.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @OwnCommune
    World w;

    @Test
    void aStaffMemberEnrolsWithTheQrCodeThenLogsInWithTheCode(WebDriver driver) {
        var agent = w.agent();
        String email = agent.email();
        Browser.logIn(driver, url(""), email, PASSWORD);

        driver.findElement(By.linkText("Double authentification")).click();
        Browser.assertAccessible(driver);
        driver.findElement(By.xpath("//button[normalize-space()='Configurer la double authentification']"))
                .sendKeys(Keys.ENTER);
        var secretField = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("cle-secrete")));
        String secret = secretField.getText().strip();
        assertThat(driver.findElement(By.cssSelector("img[alt^='QR code']")).getAttribute("src"))
                .startsWith("data:image/svg+xml");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("code")).sendKeys("000000", Keys.ENTER);
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("erreur-code")));
        assertThat(driver.findElement(By.id("code")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("code")).sendKeys(SecondFactor.codeAt(secret, Instant.now()), Keys.ENTER);
        wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "codes de secours"));
        assertThat(driver.findElements(By.cssSelector(".codes-secours li"))).hasSize(10);
        Browser.assertAccessible(driver);

        Browser.submitLogin(driver, url(""), email, PASSWORD);
        wait(driver).until(ExpectedConditions.urlContains("/admin/connexion/code"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("code"))
                .sendKeys(SecondFactor.codeAt(secret, Instant.now().plusSeconds(30)), Keys.ENTER);
        wait(driver).until(ExpectedConditions.urlToBe(url("/admin")));
        assertThat(driver.findElement(By.cssSelector(".admin-header")).getText())
                .contains("agent de " + w.nom()); // the name World gives its agent
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
