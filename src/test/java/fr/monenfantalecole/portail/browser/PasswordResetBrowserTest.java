package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A forgotten password in a real browser, with axe on every page: asked from the login page, the link
 * read in the mailbox (the outbox's pickup folder), a new password chosen, then a login with it; and
 * the password change page of a signed-in account.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class PasswordResetBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Autowired
    fr.monenfantalecole.portail.rubrique.Invitations invitations;

    @Autowired
    fr.monenfantalecole.portail.rubrique.SchoolPages establishments;

    /** The commune that invites, with its école and its admin; the agent who forgot their password. */
    @OwnCommune
    World w;

    @Test
    void anInvitedDirectorChoosesTheirPasswordOnTheInvitationPage(WebDriver driver) {
        String email = "navigateur.invite." + w.slug() + "@ecole.test";
        w.forgetWhenClosed(email);
        var school = w.school("Ecole primaire publique de l'Invitation");
        var commune = w.collectivite();
        var before = Instant.now();
        invitations.invite(
                commune,
                establishments.require(commune, school.uai()),
                email,
                w.admin().id());
        driver.manage().deleteAllCookies();
        driver.get(url(mailbox.link(email, "/admin/invitation", before)));
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("nom")));
        assertThat(driver.getCurrentUrl()).doesNotContain("jeton");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("nom")).sendKeys("Mme Navigateur");
        String tooLong = "é".repeat(40);
        driver.findElement(By.id("motDePasse")).sendKeys(tooLong);
        driver.findElement(By.id("confirmation")).sendKeys(tooLong);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("motDePasse-erreur")));
        assertThat(driver.findElement(By.id("motDePasse-erreur")).getText()).contains("72 octets au plus");
        assertThat(driver.findElement(By.id("nom")).getAttribute("value")).isEqualTo("Mme Navigateur");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("motDePasse")).sendKeys("mot-de-passe-directrice-2026");
        driver.findElement(By.id("confirmation")).sendKeys("mot-de-passe-directrice-2026");
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        waiting(driver).until(ExpectedConditions.urlContains("/admin/connexion"));
        Browser.logIn(driver, url(""), email, "mot-de-passe-directrice-2026");
        driver.get(url("/admin/mes-etablissements"));
        waiting(driver).until(ExpectedConditions.urlContains("/admin/mes-etablissements/" + school.uai()));
    }

    @Test
    void anAgentWhoForgotTheirPasswordChoosesANewOneFromTheEmailedLink(WebDriver driver) {
        String email = w.agent().email();

        driver.manage().deleteAllCookies();
        driver.get(url("/admin/connexion"));
        driver.findElement(By.linkText("Mot de passe oublié ?")).click();
        waiting(driver).until(ExpectedConditions.urlContains("/admin/mot-de-passe-oublie"));
        Browser.assertAccessible(driver);
        // A malformed address is explained next to the field, and stays typed.
        driver.findElement(By.id("email")).sendKeys("pas-une-adresse");
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("email-erreur")));
        assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo("pas-une-adresse");
        Browser.assertAccessible(driver);

        var before = Instant.now();
        driver.findElement(By.id("email")).clear();
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("demande-envoyee")));
        Browser.assertAccessible(driver);

        driver.get(url(mailbox.link(email, "/admin/mot-de-passe/nouveau", before)));
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("motDePasse")));
        assertThat(driver.getCurrentUrl()).doesNotContain("jeton");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("motDePasse")).sendKeys("nouveau-mot-de-passe-2026");
        driver.findElement(By.id("confirmation")).sendKeys("pas-le-meme-mot-de-passe");
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation-erreur")));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("motDePasse")).sendKeys("nouveau-mot-de-passe-2026");
        driver.findElement(By.id("confirmation")).sendKeys("nouveau-mot-de-passe-2026");
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("mot-de-passe-change")));
        Browser.assertAccessible(driver);

        Browser.logIn(driver, url(""), email, "nouveau-mot-de-passe-2026");
        assertThat(driver.getCurrentUrl()).doesNotContain("/admin/connexion");
        driver.findElement(By.linkText("Mot de passe")).click();
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("motDePasseActuel")));
        Browser.assertAccessible(driver);
    }
}
