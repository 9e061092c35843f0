package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.AgendaEvents;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
import org.junit.jupiter.api.Test;
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

/** The agenda in a real Chromium: accessibility (axe), a 360 px phone, the school filter without script, the agent's form. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class AgendaBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AgendaEvents events;

    @Autowired
    Collectivites collectivites;

    static WebDriverWait waitFor(WebDriver driver) {
        return Browser.waitFor(driver);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    long exampleEvent() {
        long fougeres = collectivites.findBySlug("fougeres").orElseThrow().id();
        return events.all(fougeres).stream()
                .filter(AgendaEvent::exemple)
                .filter(e -> e.uai() != null)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/fougeres/agenda",
                "/fougeres/agenda?vue=mois",
                "/fougeres/agenda?vue=mois&mois=2025-10",
                "/fougeres/agenda?ecole=0350256N",
                "/rennes/agenda?vue=mois&mois=2025-12&ecole=0350612A",
                "EVENT"
            })
    void agendaPagesHaveNoWcagViolationOnALargeScreenAndOnAPhone(String path, WebDriver driver) {
        String page = "EVENT".equals(path) ? "/fougeres/agenda/" + exampleEvent() : path;
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url(page));
        assertThat(Browser.visible(driver, By.tagName("h1")).getText()).isNotBlank();
        Browser.assertAccessible(driver);

        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(url(page));
        Browser.assertFitsTheWidth(driver, "page width on a 360 px screen");
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theMonthIsATableOnLargeScreensAndAListOfDaysOnPhones(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/fougeres/agenda?vue=mois&mois=2025-10"));
        assertThat(driver.findElement(By.cssSelector("table.calendar")).isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Fin des cours samedi 18 octobre 2025, reprise lundi 3 novembre 2025 au matin");
        Browser.clickAndWaitForPage(driver, By.partialLinkText("Mois suivant"));
        waitFor(driver).until(ExpectedConditions.urlContains("mois=2025-11"));
        assertThat(driver.findElement(By.id("mois-titre")).getText()).isEqualTo("Novembre 2025");

        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(url("/fougeres/agenda?vue=mois"));
        assertThat(driver.findElement(By.cssSelector("table.calendar")).isDisplayed())
                .isFalse();
        assertThat(driver.findElement(By.cssSelector(".calendar-days")).isDisplayed())
                .isTrue();
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theSchoolFilterWorksWithoutScript(WebDriver driver) {
        driver.get(url("/fougeres/agenda"));
        new Select(driver.findElement(By.id("ecole"))).selectByValue("0350256N");
        Browser.clickAndWaitForPage(driver, By.xpath("//form[contains(@class,'filters')]//button[@type='submit']"));
        waitFor(driver).until(ExpectedConditions.urlContains("ecole=0350256N"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Odile Gautry");
        assertThat(driver.findElement(By.partialLinkText("Télécharger l'agenda"))
                        .getAttribute("href"))
                .endsWith("/fougeres/agenda.ics?ecole=0350256N");
        Browser.assertAccessible(driver);
    }

    @Test
    void anAgentAddsAnEventThroughTheAccessibleForm(WebDriver driver) {
        Browser.logIn(driver, url(""), "admin@fougeres.demo", "demo-fougeres-2026");
        driver.get(url("/admin/fougeres/agenda"));
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
        new Select(driver.findElement(By.id("ecole"))).selectByValue("0350256N");
        driver.findElement(By.id("dateFin")).clear();
        driver.findElement(By.id("heureDebut")).sendKeys("14:00");
        driver.findElement(By.id("heureFin")).sendKeys("17:00");
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Enregistrer')]"));
        waitFor(driver).until(ExpectedConditions.urlMatches("/admin/fougeres/agenda$"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Carnaval des écoles")
                .contains("Lundi 15 mars 2027 de 14 h à 17 h");
        Browser.assertAccessible(driver);
    }

    @Test
    void thePlatformTeamSeesTheSchoolCalendarPage(WebDriver driver) {
        Browser.logIn(driver, url(""), "plateforme@monenfant.demo", "demo-plateforme-2026");
        Browser.clickAndWaitForPage(driver, By.partialLinkText("Vacances scolaires"));
        waitFor(driver).until(ExpectedConditions.urlContains("/admin/vacances-scolaires"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("fr-en-calendrier-scolaire.csv");
        Browser.assertAccessible(driver);
    }
}
