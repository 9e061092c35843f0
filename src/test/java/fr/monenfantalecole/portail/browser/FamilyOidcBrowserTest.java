package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.family.FamilyFixture;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.OidcServer;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in with FranceConnect, played by a real OpenID Connect server, in Chromium at a phone's
 * width with axe on every new page: a new account from the provider's identity after the consent,
 * the logout that ends the provider's session too; then an existing e-mail account linked to a
 * FranceConnect identity only once its password is typed, after which FranceConnect opens it directly.
 * The portal is a commune of the test's own; its accounts, those FranceConnect made included, go with it.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class FamilyOidcBrowserTest {

    static final String PASSWORD = "girafe-bleue-sur-le-toboggan";

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    @Autowired
    FamilyFixture families;

    @OwnCommune
    World w;

    String slug;

    @BeforeEach
    void ownCommune() {
        families.removedWith(w);
        slug = w.slug();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void franceConnect(WebDriver driver, String expectedPath) {
        driver.get(url("/" + slug + "/compte/connexion"));
        Browser.clickAndWaitForPage(driver, By.linkText("Se connecter avec FranceConnect"));
        Browser.waitFor(driver).until(d -> d.getCurrentUrl().contains(expectedPath));
    }

    @Test
    void aNewFamilySignsUpWithFranceConnectAndSignsOutOfBoth(WebDriver driver) throws Exception {
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.manage().deleteAllCookies();
        driver.get(url("/" + slug + "/compte/connexion"));
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "connexion avec FranceConnect");

        OidcServer.nextIdentity("fc-louise", "Louise", "Connecte", "louise.connecte@famille.test");
        franceConnect(driver, "/" + slug + "/compte/franceconnect/inscription");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Louise", "Connecte", "louise.connecte@famille.test");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "inscription FranceConnect");
        Browser.clickAndWaitForPage(driver, By.cssSelector("main form button[type=submit]"));
        Browser.visible(driver, By.id("consentement-erreur"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("consentement")).click();
        Browser.clickAndWaitForPage(driver, By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Bonjour Louise");

        OidcServer.received();
        Browser.clickAndWaitForPage(driver, By.xpath("//button[normalize-space()='Se déconnecter']"));
        Browser.waitFor(driver).until(d -> d.getCurrentUrl().contains("/" + slug + "/compte/connexion?deconnecte"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Vous êtes déconnecté");
        assertThat(OidcServer.received())
                .map(RecordedRequest::getPath)
                .anyMatch(path -> path != null && path.contains("/endsession") && path.contains("id_token_hint="));
        driver.get(url("/" + slug + "/mon-espace"));
        assertThat(driver.getCurrentUrl()).endsWith("/" + slug + "/compte/connexion");
    }

    @Test
    void anExistingAccountIsLinkedOnlyWithItsPassword(WebDriver driver) throws Exception {
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.manage().deleteAllCookies();
        String email = "martin.relie@famille.test";
        Families.signUp(port, mailbox, slug, email, "Martin", "Relie", PASSWORD);

        OidcServer.nextIdentity("fc-martin", "Martin", "Relie", email);
        franceConnect(driver, "/" + slug + "/compte/franceconnect/liaison");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(email);
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "liaison FranceConnect");
        driver.findElement(By.id("motDePasse")).sendKeys("pas-le-bon-mot-de-passe");
        Browser.clickAndWaitForPage(driver, By.cssSelector("main form button[type=submit]"));
        Browser.visible(driver, By.id("erreur-liaison"));
        Browser.assertAccessible(driver);
        driver.get(url("/" + slug + "/mon-espace"));
        assertThat(driver.getCurrentUrl()).endsWith("/" + slug + "/compte/connexion");

        driver.get(url("/" + slug + "/compte/franceconnect/liaison"));
        driver.findElement(By.id("motDePasse")).sendKeys(PASSWORD);
        Browser.clickAndWaitForPage(driver, By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Bonjour Martin");

        Browser.clickAndWaitForPage(driver, By.xpath("//button[normalize-space()='Se déconnecter']"));
        Browser.waitFor(driver).until(d -> d.getCurrentUrl().contains("/" + slug + "/compte/connexion?deconnecte"));
        OidcServer.nextIdentity("fc-martin", "Martin", "Relie", email);
        franceConnect(driver, "/" + slug + "/mon-espace");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Bonjour Martin");
    }
}
