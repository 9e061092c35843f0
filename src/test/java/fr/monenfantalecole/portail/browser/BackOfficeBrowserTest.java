package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.MarkdownEditor;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A mairie agent of a commune of the test's own in the back office, in a real browser. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class BackOfficeBrowserTest {

    @LocalServerPort
    int port;

    @OwnCommune
    World w;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anAgentChangesTheColoursAndThePublicPortalFollowsAtOnce(WebDriver driver) {
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        Browser.assertAccessible(driver);

        Browser.clickAndWaitForPage(driver, By.linkText(w.nom()));
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, By.linkText("Apparence"));
        Browser.assertAccessible(driver);

        var primary = driver.findElement(By.id("couleurPrimaire"));
        primary.clear();
        primary.sendKeys("#ff9900");
        Browser.leavePage(driver, primary::submit);
        var summary = Browser.visible(driver, By.id("erreurs"));
        assertThat(summary.getText()).contains("il faut au moins 4,5:1").contains("Couleur proche qui convient");
        assertThat(driver.findElement(By.id("couleurPrimaire")).getAttribute("value"))
                .isEqualTo("#ff9900");
        Browser.assertAccessible(driver);

        String suggestion = summary.getText().replaceAll("(?s).*Couleur proche qui convient : (#[0-9a-f]{6}).*", "$1");
        primary = driver.findElement(By.id("couleurPrimaire"));
        primary.clear();
        primary.sendKeys(suggestion);
        Browser.leavePage(driver, primary::submit);
        assertThat(Browser.visible(driver, By.cssSelector(".notice.success")).getText())
                .contains("C'est enregistré");

        driver.get(url("/" + w.slug() + "/"));
        String background = driver.findElement(By.cssSelector(".site-header")).getCssValue("background-color");
        assertThat(background).isEqualTo(rgba(suggestion));
    }

    @Test
    void anAgentPreviewsAnImportAndSeesTheLinesInError(WebDriver driver) throws Exception {
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        driver.get(url("/admin/" + w.slug() + "/etablissements"));
        Browser.assertAccessible(driver);

        var file = Files.createTempFile("annuaire", ".csv");
        Files.writeString(
                file,
                "\uFEFFIdentifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Code_commune;Nom_commune\r\n"
                        + w.codeInsee() + "98W;École du test;Ecole;" + w.codeInsee() + ";" + w.nom() + "\r\n"
                        + "12;École sans UAI;Ecole;" + w.codeInsee() + ";" + w.nom() + "\r\n",
                StandardCharsets.UTF_8);
        driver.findElement(By.id("fichier")).sendKeys(file.toString());
        Browser.clickAndWaitForPage(driver, By.cssSelector("form[enctype] button[type=submit]"));

        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/import/"));
        var main = driver.findElement(By.tagName("main")).getText();
        assertThat(main).contains("1 ligne en erreur : rien ne sera importé").contains("UAI « 12 » invalide");
        assertThat(driver.findElements(By.xpath("//button[contains(., 'Appliquer')]")))
                .isEmpty();
        Browser.assertAccessible(driver);
    }

    @Test
    void anAgentFillsLocalDataAndReadsItInTheSheet(WebDriver driver) {
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        driver.get(url("/admin/" + w.slug() + "/donnees-locales"));
        Browser.assertAccessible(driver);
        var field = driver.findElement(By.id("f-inscription-lieu"));
        field.clear();
        field.sendKeys("Guichet unique, 5 rue de la Victoire");
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Enregistrer mes données locales')]"));
        var notice = Browser.visible(driver, By.cssSelector(".notice.success"));
        assertThat(notice.getText())
                .containsPattern("\\b(?:[01] donnée enregistrée|(?:[2-9]|\\d{2,}) données enregistrées)\\.")
                .contains("Fiches mises à jour");
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, notice.findElement(By.tagName("a")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Guichet unique, 5 rue de la Victoire");
        Browser.assertAccessible(driver);
    }

    @Test
    void aNationalEditorWritesWithALivePreview(WebDriver driver) {
        Browser.logIn(driver, url(""), w.editor().email(), World.PASSWORD);
        driver.get(url("/admin/redaction"));
        Browser.assertAccessible(driver);
        driver.get(url("/admin/redaction/fiches/TRA-001"));
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'nouvelle version')]"));
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("/admin/redaction/versions/"));
        Browser.assertAccessible(driver);
        var bref = driver.findElement(By.id("bref"));
        bref.clear();
        bref.sendKeys("Une phrase toute neuve pour l'aperçu.");
        Browser.waitFor(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("apercu"), "Une phrase toute neuve pour l'aperçu."));
        assertThat(driver.findElement(By.id("apercu")).getText()).contains("Lisibilité (Kandel et Moles)");
        Browser.assertAccessible(driver);

        // The details are typed in the Markdown editor; the server's preview still follows and flags
        // a sentence over 20 words.
        MarkdownEditor.of(driver, "detail")
                .type(
                        Keys.ENTER,
                        Keys.ENTER,
                        "Cette phrase ajoutée à la fin du texte compte bien plus de vingt mots pour que l'aperçu "
                                + "la signale comme trop longue à lire d'une traite.");
        Browser.waitFor(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#apercu .phrases-longues"), "Cette phrase ajoutée"));
        assertThat(driver.findElement(By.cssSelector("#apercu .fiche")).getText())
                .contains("trop longue à lire d'une traite.");
        Browser.assertAccessible(driver);
    }

    @Test
    void theLoginFormExplainsAWrongPassword(WebDriver driver) {
        String email = w.admin().email();
        Browser.logIn(driver, url(""), email, "pas-le-bon");
        assertThat(driver.findElement(By.id("erreur-connexion")).getText()).contains("mot de passe incorrect");
        assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
        Browser.assertAccessible(driver);
    }

    private static String rgba(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return "rgba(%d, %d, %d, 1)".formatted((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }
}
