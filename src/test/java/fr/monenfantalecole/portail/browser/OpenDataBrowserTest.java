package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.AgendaEvents;
import fr.monenfantalecole.portail.agenda.EventCategory;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** JSON-LD pages and the API documentation in a real Chromium: no CSP violation, axe still passes on the portal's pages. */
@PortailTest
@ExtendWith(BrowserExtension.class)
class OpenDataBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AgendaEvents events;

    /** The commune whose pages carry JSON-LD: a fiche, its école, an event of its agenda. */
    @OwnCommune
    World w;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static List<String> cspErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(e -> e.getMessage())
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    @Test
    void pagesWithJsonLdHaveNoCspErrorAndNoWcagViolation(WebDriver driver) {
        String uai = w.school("Ecole primaire publique des Données").uai();
        long event = events.create(
                w.id(),
                new AgendaEvent.Data(
                        null,
                        "Réunion de rentrée",
                        EventCategory.REUNION,
                        "Présentation de l'année aux familles.",
                        "Salle du conseil",
                        false,
                        LocalDateTime.of(2027, 9, 10, 18, 0),
                        LocalDateTime.of(2027, 9, 10, 19, 30)),
                null,
                false);
        String portal = "/" + w.slug();
        for (String path : List.of(
                portal + "/questions/cantine/CAN-001",
                portal + "/ecoles/" + uai,
                portal + "/agenda/" + event,
                portal + "/donnees-ouvertes")) {
            driver.get(url(path));
            Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            if (!path.endsWith("donnees-ouvertes")) {
                Object type = ((JavascriptExecutor) driver)
                        .executeScript(
                                "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type'];");
                assertThat(type).as(path).isNotNull();
            }
            assertThat(cspErrors(driver)).as(path).isEmpty();
            Browser.assertAccessible(driver);
        }
    }

    @Test
    void theApiDocumentationRendersUnderTheContentSecurityPolicy(WebDriver driver) {
        driver.get(url("/api/v1/documentation"));
        Browser.waitFor(driver)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertThat(driver.findElement(By.cssSelector(".swagger-ui .info .title"))
                        .getText())
                .contains("API publique");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        // Swagger UI runs from its own files (no inline script); its bundle also tries one inline
        // <style> element, which style-src 'self' blocks without harm: the page renders from swagger-ui.css.
        var errors = cspErrors(driver);
        assertThat(errors).noneMatch(m -> m.contains("script-src"));
        assertThat(errors).allMatch(m -> m.contains("inline style"));
    }
}
