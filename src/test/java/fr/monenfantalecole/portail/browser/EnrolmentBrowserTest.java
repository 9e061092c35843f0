package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.enrolment.EnrolmentFixture;
import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inscription scolaire in a real browser at a 360 px phone's width, driven with the keyboard, axe
 * on every page: the sector école of the address shown with its rule, a dérogation asked with its
 * reason, a missing proof refused with the typed text kept, then the request filed. On a commune of its
 * own where the inscription is open ({@link EnrolmentFixture#open}).
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class EnrolmentBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    EnrolmentFixture fixture;

    @TempDir
    Path files;

    @OwnCommune
    World w;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aParentAsksADerogationWithTheKeyboardOnAPhone(WebDriver driver) throws Exception {
        String email = "navigateur.inscription@famille.test";
        var open = fixture.open(w);
        var client = open.parent(email, "Alix", "Clavier");
        open.child(client, "Rose", "Clavier", "10/10", 6, "");
        Path photo = EnrolmentFixture.image(files, "livret.png");

        driver.manage().window().setSize(new Dimension(360, 800));
        Browser.logInFamily(driver, url(open.path("")), email, Families.PASSWORD);

        driver.get(url(open.path("/mon-espace/inscriptions")));
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "mes inscriptions");
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.linkText("Faire une demande d'inscription"))
                        .sendKeys(Keys.ENTER));
        Browser.assertAccessible(driver);
        new Select(driver.findElement(By.id("niveau"))).selectByVisibleText("CP");
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.cssSelector("main form button")).sendKeys(Keys.ENTER));

        assertThat(driver.findElement(By.id("secteur")).getText()).contains("l'école de secteur est");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "demande, étape 2");
        var derogation = driver.findElement(By.cssSelector("input[name=choix][value=derogation]"));
        derogation.sendKeys(Keys.SPACE);
        var ecole = new Select(driver.findElement(By.id("ecole")));
        ecole.selectByIndex(ecole.getOptions().size() - 1);
        driver.findElement(By.cssSelector("input[name=motif][value=FRATRIE]")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("precision")).sendKeys("Son frère Paul est en CM1 dans cette école.");
        driver.findElement(By.id("piece_LIVRET_FAMILLE")).sendKeys(photo.toString());
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.cssSelector("main form button[type=submit]"))
                        .sendKeys(Keys.ENTER));

        Browser.visible(driver, By.id("piece_DOMICILE-erreur"));
        assertThat(driver.findElement(By.id("precision")).getAttribute("value")).contains("Son frère Paul");
        Browser.assertAccessible(driver);
        driver.findElement(By.cssSelector("input[name=choix][value=derogation]"))
                .sendKeys(Keys.SPACE);
        for (String piece : new String[] {"piece_DOMICILE", "piece_LIVRET_FAMILLE", "piece_VACCINATIONS"}) {
            driver.findElement(By.id(piece)).sendKeys(photo.toString());
        }
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.cssSelector("main form button[type=submit]"))
                        .sendKeys(Keys.ENTER));
        assertThat(driver.findElement(By.id("etat")).getText()).isEqualTo("Déposée");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("dérogation");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "demande déposée");
    }

    @Test
    void anAgentUnticksEveryProofAndReadsTheErrorNextToTheListWithTheKeyboardOnAPhone(WebDriver driver) {
        fixture.open(w);
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.get(url("/admin/" + w.slug() + "/inscriptions"));
        Browser.leavePage(
                driver, () -> driver.findElement(By.partialLinkText("Réglages")).sendKeys(Keys.ENTER));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Réglages des inscriptions scolaires");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "réglages des inscriptions");
        var ticked = driver.findElements(By.cssSelector("input[name=pieces]")).stream()
                .filter(org.openqa.selenium.WebElement::isSelected)
                .toList();
        assertThat(ticked).isNotEmpty();
        ticked.forEach(box -> box.sendKeys(Keys.SPACE));
        var motifs = driver.findElements(By.cssSelector("input[name=motifs]")).stream()
                .filter(org.openqa.selenium.WebElement::isSelected)
                .map(box -> box.getAttribute("value"))
                .toList();
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.cssSelector("main form button[type=submit]"))
                        .sendKeys(Keys.ENTER));

        assertThat(Browser.visible(driver, By.id("pieces-erreur")).getText())
                .contains("Cochez au moins un justificatif");
        assertThat(driver.findElements(By.cssSelector("input[name=motifs]")).stream()
                        .filter(org.openqa.selenium.WebElement::isSelected)
                        .map(box -> box.getAttribute("value"))
                        .toList())
                .isEqualTo(motifs);
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "réglages refusés");
    }
}
