package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.rubrique.Rubriques;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.MarkdownEditor;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The rough edges of the director's editor (issue 19), as the director sees them in Chromium. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class DirectorEditorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Rubriques rubriques;

    /** The commune, its école (named as the Annuaire names schools, "Ecole …") and its chosen rubriques. */
    @OwnCommune
    World w;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void noErrorBeforeAnyFileAndTheStateFollowsTheAutosave(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        var school = w.school("Ecole élémentaire publique Jean Monnet");
        rubriques.chooseSuggested(w.id());
        Browser.logIn(driver, url(""), w.director(school).email(), World.PASSWORD);
        driver.get(url("/admin/mes-etablissements/" + school.uai()));
        String title = Browser.visible(driver, By.tagName("h1")).getText();
        assertThat(title).startsWith("La page de l'école ").doesNotContain("de Ecole");
        Browser.clickAndWaitForPage(driver, By.linkText("Activités"));

        // The "over 5 MB" error is in the page for the script, but nobody sees it before choosing a file.
        assertThat(driver.findElement(By.id("document-trop-lourd")).isDisplayed())
                .isFalse();
        assertThat(driver.findElement(By.id("session-perdue")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("etat-rubrique")).getText()).contains("rien n'est encore écrit");
        for (var size : new Dimension[] {new Dimension(1280, 900), new Dimension(360, 780)}) {
            driver.manage().window().setSize(size);
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, "the editor at " + size.width + " px");
        }
        driver.manage().window().setSize(new Dimension(1280, 900));

        MarkdownEditor.of(driver, "texte").type("Sortie au **musée** en mai.");
        Browser.waitFor(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("apercu"), "Brouillon enregistré automatiquement"));
        Browser.waitFor(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("etat-rubrique"), "brouillon enregistré"));
        assertThat(driver.findElement(By.id("etat-rubrique")).getText()).doesNotContain("rien n'est encore écrit");
        Browser.assertAccessible(driver);
    }
}
