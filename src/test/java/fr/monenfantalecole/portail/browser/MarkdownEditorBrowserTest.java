package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.MarkdownEditor;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Markdown editor of the back office (issue 19): toolbar and preview, by keyboard only, in Chromium. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class MarkdownEditorBrowserTest {

    static final List<String> TOOLBAR = List.of(
            "Gras", "Italique", "Intertitre", "Liste à puces", "Liste numérotée", "Lien", "Aperçu", "Aperçu à côté");

    @LocalServerPort
    int port;

    /** The commune whose admin writes the news; the news goes with it. */
    @OwnCommune
    World w;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anAgentFormatsANewsWithTheToolbarByKeyboardOnly(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        driver.get(url("/admin/" + w.slug() + "/actualites/nouvelle"));
        MarkdownEditor.of(driver, "corps");
        for (var size : new Dimension[] {new Dimension(360, 780), new Dimension(1280, 900)}) {
            driver.manage().window().setSize(size);
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, "the news form with its editor at " + size.width + " px");
        }
        driver.findElement(By.id("titre")).sendKeys("Inscriptions à la cantine, mode d'emploi");
        driver.findElement(By.id("resume")).sendKeys("Ce qu'il faut apporter au guichet.");

        // From the summary, Tab walks the toolbar, each button named in French, then enters the text,
        // which is named by the field's label.
        var keys = new Actions(driver);
        List<String> walked = new ArrayList<>();
        keys.sendKeys(Keys.TAB).perform();
        while (!inEditor(driver) && walked.size() <= TOOLBAR.size()) {
            walked.add(active(driver).getAccessibleName());
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(walked).isEqualTo(TOOLBAR);
        assertThat(active(driver).getAccessibleName()).startsWith("Texte");

        keys.sendKeys("Les inscriptions ouvrent ").perform();
        pressButton(driver, "Gras");
        assertThat(inEditor(driver))
                .as("the button gives the text its cursor back")
                .isTrue();
        keys.sendKeys("lundi").perform();
        keys.sendKeys(Keys.END, ".", Keys.ENTER, Keys.ENTER).perform();
        pressButton(driver, "Liste à puces");
        keys.sendKeys("le livret de famille", Keys.ENTER, "un justificatif de domicile")
                .perform();
        assertThat(driver.findElement(By.id("corps")).getAttribute("value"))
                .isEqualTo(
                        "Les inscriptions ouvrent **lundi**.\n\n- le livret de famille\n- un justificatif de domicile");

        pressButton(driver, "Aperçu");
        var preview = Browser.visible(driver, By.cssSelector("[data-editeur-de='corps'] .editor-preview-active"));
        assertThat(preview.findElement(By.tagName("strong")).getText()).isEqualTo("lundi");
        assertThat(preview.findElements(By.tagName("li")))
                .extracting(WebElement::getText)
                .containsExactly("le livret de famille", "un justificatif de domicile");
        Browser.assertAccessible(driver);
        keys.sendKeys(Keys.ENTER).perform();
        Browser.waitFor(driver).until(d -> !preview.isDisplayed());

        tabTo(driver, "Enregistrer");
        Browser.leavePage(driver, () -> keys.sendKeys(Keys.ENTER).perform());
        driver.get(url("/" + w.slug() + "/actualites"));
        Browser.clickAndWaitForPage(driver, By.linkText("Inscriptions à la cantine, mode d'emploi"));
        var main = driver.findElement(By.tagName("main"));
        assertThat(main.findElement(By.xpath(".//strong[.='lundi']")).isDisplayed())
                .isTrue();
        assertThat(main.findElements(By.cssSelector("ul li")))
                .extracting(WebElement::getText)
                .contains("le livret de famille", "un justificatif de domicile");
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static boolean inEditor(WebDriver driver) {
        return !active(driver)
                .findElements(By.xpath("ancestor::div[contains(@class, 'CodeMirror')]"))
                .isEmpty();
    }

    /** Shift+Tab back from the text to a toolbar button, then Enter on it. */
    private static void pressButton(WebDriver driver, String name) {
        var keys = new Actions(driver);
        for (int i = 0; i <= TOOLBAR.size() && !name.equals(active(driver).getAccessibleName()); i++) {
            keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        }
        assertThat(active(driver).getAccessibleName()).isEqualTo(name);
        keys.sendKeys(Keys.ENTER).perform();
    }

    private static void tabTo(WebDriver driver, String name) {
        var keys = new Actions(driver);
        for (int i = 0; i < 10 && !name.equals(active(driver).getAccessibleName()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(active(driver).getAccessibleName()).isEqualTo(name);
    }
}
