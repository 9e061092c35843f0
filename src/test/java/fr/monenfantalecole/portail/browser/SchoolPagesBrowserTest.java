package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.MarkdownEditor;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * School pages in a real browser, with axe: the public page, the director's editor, the mairie's dashboard.
 * On the test's own commune and its three écoles, one validated, one waiting for the mairie, one asked for
 * an update, and its centre de loisirs ({@link OwnSchoolPages}).
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class SchoolPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    OwnSchoolPages schoolPages;

    @OwnCommune
    World w;

    OwnSchoolPages.Schools schools;

    @BeforeEach
    void ownSchoolPages() {
        schools = schoolPages.create(w);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aParentReadsTheValidatedRubriquesOfASchool(WebDriver driver) {
        driver.get(url("/" + w.slug() + "/ecoles/" + schools.published().uai()));
        var main = driver.findElement(By.tagName("main")).getText();
        assertThat(main)
                .contains("Horaires d'accueil")
                .contains("Le portail ouvre 10 minutes avant")
                .contains("Mis à jour le")
                .contains(OwnSchoolPages.DOCUMENT);
        Browser.assertAccessible(driver);
        driver.get(url("/" + w.slug() + "/ecoles/" + schools.submitted().uai()));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Horaires d'accueil");
        Browser.assertAccessible(driver);
    }

    @Test
    void aDirectorWritesWithALivePreviewAndTheTextSurvivesAReload(WebDriver driver) throws Exception {
        var director = w.director(schools.requested());
        Browser.logIn(driver, url(""), director.email(), director.password());
        driver.get(url("/admin/mes-etablissements"));
        Browser.waitFor(driver)
                .until(ExpectedConditions.urlContains(
                        "/admin/mes-etablissements/" + schools.requested().uai()));
        Browser.visible(driver, By.tagName("main"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(OwnSchoolPages.REQUEST);
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, By.linkText("Activités"));
        Browser.assertAccessible(driver);
        // A document over 5 MB is stopped in the browser with a clear message.
        var big = java.nio.file.Files.createTempFile("gros", ".pdf");
        java.nio.file.Files.write(big, new byte[6 * 1024 * 1024]);
        driver.findElement(By.id("document")).sendKeys(big.toString());
        driver.findElement(By.xpath("//button[contains(., 'Joindre')]")).click();
        assertThat(Browser.visible(driver, By.id("document-trop-lourd")).isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.id("document-trop-lourd")).getText()).contains("plus de 5 Mo");
        Browser.assertAccessible(driver);
        // The textarea is the editor's (EasyMDE) now: the director clicks in its text and types.
        MarkdownEditor.of(driver, "texte").replaceWith("Spectacle de fin d'année le **20 juin**.");
        Browser.waitFor(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("apercu"), "Brouillon enregistré automatiquement"));
        assertThat(driver.findElement(By.cssSelector("#apercu strong")).getText())
                .isEqualTo("20 juin");
        Browser.assertAccessible(driver);

        // Typed but not yet autosaved, then the page is left: the text is offered back.
        MarkdownEditor.of(driver, "texte").type(" Et une kermesse.");
        Browser.leavePage(driver, () -> driver.navigate().refresh());
        Browser.visible(driver, By.id("brouillon-local"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("restaurer")).click();
        Browser.waitFor(driver)
                .until(d -> d.findElement(By.id("texte")).getAttribute("value").endsWith("Et une kermesse."));
        assertThat(MarkdownEditor.of(driver, "texte").text()).endsWith("Et une kermesse.");

        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Envoyer à la mairie')]"));
        assertThat(Browser.visible(driver, By.cssSelector(".notice.success")).getText())
                .contains("est envoyée à la mairie");
        Browser.assertAccessible(driver);
    }

    @Test
    void anAgentFollowsTheSchoolsAndValidatesASubmission(WebDriver driver) {
        String admin = "/admin/" + w.slug();
        Browser.logIn(driver, url(""), w.admin().email(), w.admin().password());
        driver.get(url(admin + "/pages-ecoles"));
        Browser.assertAccessible(driver);
        driver.get(url(admin + "/rubriques"));
        Browser.assertAccessible(driver);
        driver.get(url(admin + "/pages-ecoles/" + schools.submitted().uai()));
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, By.linkText("Horaires d'accueil"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Ce qui change par rapport à la version publiée");
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Valider et publier')]"));
        assertThat(Browser.visible(driver, By.cssSelector(".notice.success")).getText())
                .contains("est publiée");
        Browser.assertAccessible(driver);
        driver.get(url("/" + w.slug() + "/ecoles/" + schools.submitted().uai()));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("8 h 40");
        driver.get(url(admin + "/structures"));
        Browser.assertAccessible(driver);
        driver.get(url(admin + "/courriels"));
        Browser.assertAccessible(driver);
    }

    @Test
    void aLocalEstablishmentHasTheSameRubriques(WebDriver driver) {
        driver.get(url("/" + w.slug() + "/ecoles"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Structures gérées par " + w.nom());
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, By.linkText(OwnSchoolPages.CENTRE));
        var main = driver.findElement(By.tagName("main")).getText();
        assertThat(main)
                .contains(OwnSchoolPages.CENTRE)
                .contains("Horaires d'accueil")
                .contains("Cette rubrique n'est pas encore renseignée.");
        Browser.assertAccessible(driver);
    }
}
