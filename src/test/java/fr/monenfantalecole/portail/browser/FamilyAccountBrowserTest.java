package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.FamilyFixture;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A parent's journey in a real browser, with axe on every page and the pages at a 360 px phone's
 * width: sign-up with a mistake, the confirmation link read in the mailbox, Mon espace, a child added
 * after a wrong date, the household page, the account and data page; an agent finds a family and
 * reads its children. The portal is a commune of the test's own, its families removed with it.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class FamilyAccountBrowserTest {

    static final String PASSWORD = "lanterne-rouge-et-cerf-volant";

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    @Autowired
    FamilyFixture families;

    @OwnCommune
    World w;

    @BeforeEach
    void ownFamilies() {
        families.removedWith(w);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aParentSignsUpConfirmsAndBuildsTheHousehold(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.manage().deleteAllCookies();
        String email = "navigateur.parent@famille.test";
        Instant before = Instant.now();
        driver.get(url("/" + w.slug() + "/compte/inscription"));
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "inscription");
        driver.findElement(By.id("prenoms")).sendKeys("Camille");
        driver.findElement(By.id("nom")).sendKeys("Navigateur");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("motDePasse")).sendKeys("azertyuiop12");
        driver.findElement(By.id("confirmation")).sendKeys("azertyuiop12");
        driver.findElement(By.id("consentement")).click();
        Browser.clickAndWaitForPage(driver, By.cssSelector("main button[type=submit]"));
        Browser.visible(driver, By.id("motDePasse-erreur"));
        assertThat(driver.findElement(By.id("nom")).getAttribute("value")).isEqualTo("Navigateur");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("motDePasse")).sendKeys(PASSWORD);
        driver.findElement(By.id("confirmation")).sendKeys(PASSWORD);
        Browser.clickAndWaitForPage(driver, By.cssSelector("main button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Confirmez votre adresse");
        Browser.assertAccessible(driver);

        driver.get(url(mailbox.link(email, "/" + w.slug() + "/compte/verification", before)));
        Browser.visible(driver, By.cssSelector("main button[type=submit]"));
        assertThat(driver.getCurrentUrl()).doesNotContain("jeton");
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, By.cssSelector("main button[type=submit]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Bonjour Camille");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "mon espace");

        driver.get(url("/" + w.slug() + "/mon-espace/enfants/nouveau"));
        driver.findElement(By.id("prenoms")).sendKeys("Sacha");
        driver.findElement(By.id("nom")).sendKeys("Navigateur");
        driver.findElement(By.id("dateNaissance")).sendKeys("30/02/2018");
        driver.findElement(By.cssSelector("input[name=sexe][value=M]")).click();
        Browser.clickAndWaitForPage(driver, By.cssSelector("main form button[type=submit]"));
        Browser.visible(driver, By.id("dateNaissance-erreur"));
        assertThat(driver.findElement(By.id("prenoms")).getAttribute("value")).isEqualTo("Sacha");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("dateNaissance")).clear();
        driver.findElement(By.id("dateNaissance")).sendKeys("28/02/2018");
        Browser.clickAndWaitForPage(driver, By.cssSelector("main form button[type=submit]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sacha Navigateur");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "mon foyer");

        driver.get(url("/" + w.slug() + "/mon-espace/compte"));
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "mon compte");
        driver.get(url("/" + w.slug() + "/donnees-personnelles"));
        Browser.assertAccessible(driver);
        driver.get(url("/" + w.slug() + "/compte/connexion"));
        Browser.assertAccessible(driver);
    }

    @Test
    void anAgentFindsAFamilyAndReadsItsChildren(WebDriver driver) {
        long sophie = families.adult(w, "sophie.garnier." + w.slug() + "@famille.test", "Sophie", "Garnier", PASSWORD);
        for (String prenoms : new String[] {"Jade", "Noah", "Emma"}) {
            families.child(sophie, "Garnier", prenoms, LocalDate.of(2017, 3, 1), null, "2026-2027");
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        driver.get(url("/admin/" + w.slug() + "/familles?q=Garnier"));
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, By.linkText("Sophie Garnier"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Emma Garnier", "Jade Garnier");
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new Dimension(360, 800));
        Browser.assertFitsTheWidth(driver, "famille, back office");
    }
}
