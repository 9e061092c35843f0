package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agenda in a real Chromium: accessibility (axe), a 360 px phone, the school filter without script, the
 * agent's form. On a commune of the class's own (académie de Rennes, zone B, as every world: the national
 * calendar gives its holidays) with an école primaire, an école maternelle and a collège ({@link OwnPortal})
 * and an event of the primaire.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OwnPortal portal;

    World w;
    OwnPortal.Schools schools;
    long event;

    @BeforeAll
    void ownWorld() {
        w = fixtures.commune();
        schools = portal.schools(w);
        event = portal.event(w, schools.primaire(), "Fête de l'école");
    }

    @AfterAll
    void closeWorld() {
        w.close();
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return Browser.waitFor(driver);
    }

    /** The path with the world's slug, schools and event in place of {c}, {primaire}, {maternelle}, {event}. */
    String url(String path) {
        return "http://localhost:" + port
                + path.replace("{c}", w.slug())
                        .replace("{primaire}", schools.primaire())
                        .replace("{maternelle}", schools.maternelle())
                        .replace("{event}", Long.toString(event));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/{c}/agenda",
                "/{c}/agenda?vue=mois",
                "/{c}/agenda?vue=mois&mois=2025-10",
                "/{c}/agenda?ecole={primaire}",
                "/{c}/agenda?vue=mois&mois=2025-12&ecole={maternelle}",
                "/{c}/agenda/{event}"
            })
    void agendaPagesHaveNoWcagViolationOnALargeScreenAndOnAPhone(String path, WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url(path));
        assertThat(Browser.visible(driver, By.tagName("h1")).getText()).isNotBlank();
        Browser.assertAccessible(driver);

        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(url(path));
        Browser.assertFitsTheWidth(driver, "page width on a 360 px screen");
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theMonthIsATableOnLargeScreensAndAListOfDaysOnPhones(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/{c}/agenda?vue=mois&mois=2025-10"));
        assertThat(driver.findElement(By.cssSelector("table.calendar")).isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Fin des cours samedi 18 octobre 2025, reprise lundi 3 novembre 2025 au matin");
        Browser.clickAndWaitForPage(driver, By.partialLinkText("Mois suivant"));
        waitFor(driver).until(ExpectedConditions.urlContains("mois=2025-11"));
        assertThat(driver.findElement(By.id("mois-titre")).getText()).isEqualTo("Novembre 2025");

        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(url("/{c}/agenda?vue=mois"));
        assertThat(driver.findElement(By.cssSelector("table.calendar")).isDisplayed())
                .isFalse();
        assertThat(driver.findElement(By.cssSelector(".calendar-days")).isDisplayed())
                .isTrue();
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theSchoolFilterWorksWithoutScript(WebDriver driver) {
        driver.get(url("/{c}/agenda"));
        new Select(driver.findElement(By.id("ecole"))).selectByValue(schools.primaire());
        Browser.clickAndWaitForPage(driver, By.xpath("//form[contains(@class,'filters')]//button[@type='submit']"));
        waitFor(driver).until(ExpectedConditions.urlContains("ecole=" + schools.primaire()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Les Bleuets");
        assertThat(driver.findElement(By.partialLinkText("Télécharger l'agenda"))
                        .getAttribute("href"))
                .endsWith("/" + w.slug() + "/agenda.ics?ecole=" + schools.primaire());
        Browser.assertAccessible(driver);
    }

    @Test
    void anAgentAddsAnEventThroughTheAccessibleForm(WebDriver driver) {
        Browser.logIn(driver, url(""), w.admin().email(), w.admin().password());
        driver.get(url("/admin/{c}/agenda"));
        Browser.assertAccessible(driver);
        Browser.clickAndWaitForPage(driver, By.linkText("Ajouter un événement"));
        waitFor(driver).until(ExpectedConditions.urlContains("/agenda/nouvel"));
        Browser.assertAccessible(driver);

        driver.findElement(By.id("dateDebut")).sendKeys("15/03/2027");
        driver.findElement(By.id("dateFin")).sendKeys("14/03/2027");
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Enregistrer')]"));
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("erreurs")));
        var summary = driver.findElement(By.id("erreurs"));
        assertThat(summary.getText())
                .contains("Donnez un titre à l'événement.")
                .contains("La fin de l'événement ne peut pas précéder son début.");
        assertThat(driver.findElement(By.id("dateDebut")).getAttribute("value")).isEqualTo("15/03/2027");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("titre")).sendKeys("Carnaval des écoles");
        new Select(driver.findElement(By.id("categorie"))).selectByValue("fete");
        new Select(driver.findElement(By.id("ecole"))).selectByValue(schools.primaire());
        driver.findElement(By.id("dateFin")).clear();
        driver.findElement(By.id("heureDebut")).sendKeys("14:00");
        driver.findElement(By.id("heureFin")).sendKeys("17:00");
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Enregistrer')]"));
        waitFor(driver).until(ExpectedConditions.urlMatches("/admin/" + w.slug() + "/agenda$"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Carnaval des écoles")
                .contains("Lundi 15 mars 2027 de 14 h à 17 h");
        Browser.assertAccessible(driver);
    }

    @Test
    void thePlatformTeamSeesTheSchoolCalendarPage(WebDriver driver) {
        Browser.logIn(driver, url(""), w.platform().email(), w.platform().password());
        Browser.clickAndWaitForPage(driver, By.partialLinkText("Vacances scolaires"));
        waitFor(driver).until(ExpectedConditions.urlContains("/admin/vacances-scolaires"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("fr-en-calendrier-scolaire.csv");
        Browser.assertAccessible(driver);
    }
}
