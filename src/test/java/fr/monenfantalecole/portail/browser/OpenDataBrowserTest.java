package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.AgendaEvents;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
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
    Collectivites collectivites;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    AgendaEvents events;

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
        var fougeres = collectivites.findBySlug("fougeres").orElseThrow();
        String uai = directory.presented(fougeres).getFirst().uai();
        long event = events.all(fougeres.id()).stream()
                .filter(AgendaEvent::exemple)
                .findFirst()
                .orElseThrow()
                .id();
        for (String path : List.of(
                "/fougeres/questions/cantine/CAN-001",
                "/fougeres/ecoles/" + uai,
                "/fougeres/agenda/" + event,
                "/fougeres/donnees-ouvertes")) {
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
