package fr.monenfantalecole.portail.billing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator bills a commune (the context's invoiced one, {@link Fixtures#invoiced()}) from quote to
 * payment in a real browser; the commune's admin then reads its invoice.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class BillingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theOperatorBillsACommuneAndItsAdminDownloadsTheInvoice(WebDriver driver) {
        var w = fixtures.invoiced();
        Browser.logIn(driver, url(""), w.platform().email(), w.platform().password());
        driver.get(url("/admin/facturation"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Facturation");
        checkPage(driver, "facturation");
        // A price version in force for the quote below (the test database may hold none yet).
        setValue(driver, "valableDu", "2080-06-01");
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Ajouter cette version')]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("01/06/2080");
        Browser.assertAccessible(driver);

        driver.get(url("/admin/facturation/collectivites/" + w.slug()));
        checkPage(driver, "collectivité");
        // A year no other test subscribes the commune for: the quote must not overlap another period.
        setValue(driver, "debut", "2081-01-01");
        var firstReason = driver.findElement(By.cssSelector("input[id^=motif-]"));
        firstReason.sendKeys("Fermée à la rentrée");
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Établir le devis')]"));
        Browser.waitFor(driver).until(ExpectedConditions.urlMatches("/admin/facturation/devis/[0-9]+$"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Fermée à la rentrée");
        checkPage(driver, "devis");

        setValue(driver, "accepteLe", "2080-11-15");
        type(driver, "engagementJuridique", "EJ-NAVIGATEUR-1");
        type(driver, "codeService", "SERVICE-FIN");
        type(driver, "siretPayeur", "21350113500014");
        type(driver, "rue", "2 rue Porte Saint-Léonard");
        type(driver, "codePostal", "35300");
        type(driver, "ville", w.nom());
        type(driver, "courrielFacturation", "finances@" + w.slug() + ".test");
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Enregistrer la commande')]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("engagement juridique EJ-NAVIGATEUR-1");
        Browser.assertAccessible(driver);

        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Émettre la facture')]"));
        Browser.waitFor(driver).until(ExpectedConditions.urlMatches("/admin/facturation/factures/[0-9]+$"));
        String invoiceNumber = driver.findElement(By.tagName("h1")).getText();
        assertThat(invoiceNumber).startsWith("Facture");
        checkPage(driver, "facture");

        type(driver, "montantHt", "10,00");
        type(driver, "motif", "École fermée en cours d'année");
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., \"Émettre l'avoir\")]"));
        assertThat(Browser.visible(driver, By.xpath("//a[starts-with(., 'Avoir ')]"))
                        .getText())
                .isNotBlank();
        Browser.assertAccessible(driver);

        setValue(driver, "recuLe", "2081-01-20");
        type(driver, "montant", "5,00");
        type(driver, "referenceMandat", "M-2081-42");
        Browser.clickAndWaitForPage(driver, By.xpath("//button[contains(., 'Enregistrer le paiement')]"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("mandat M-2081-42");
        Browser.assertAccessible(driver);

        Browser.clickAndWaitForPage(driver, By.xpath("//a[starts-with(., 'Avoir ')]"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Avoir");
        Browser.assertAccessible(driver);

        driver.manage().deleteAllCookies();
        Browser.logIn(driver, url(""), w.admin().email(), w.admin().password());
        driver.get(url("/admin/" + w.slug() + "/abonnement"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Votre abonnement");
        checkPage(driver, "abonnement");
        String number = invoiceNumber.replaceAll("^Facture (\\S+).*$", "$1");
        var link = driver.findElement(By.xpath("//a[contains(., '" + number + "')]"));
        assertThat(pdfAnswer(driver, link.getAttribute("href"))).isEqualTo("application/pdf %PDF-");
    }

    /** Axe at 1280 px, then axe and no sideways scrolling at 360 px, back to 1280 px. */
    private static void checkPage(WebDriver driver, String what) {
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new Dimension(360, 780));
        try {
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, what + " at 360 px");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static void type(WebDriver driver, String id, String text) {
        var field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date field's value is set directly: typing into it depends on the browser's locale. */
    private static void setValue(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }

    /** The content type and the first five bytes of what the link answers, fetched with the session's cookie. */
    private static String pdfAnswer(WebDriver driver, String href) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(async r => {
                          const bytes = new Uint8Array(await r.arrayBuffer()).slice(0, 5);
                          done(r.headers.get('content-type') + ' ' + String.fromCharCode(...bytes));
                        }).catch(e => done('erreur ' + e));
                        """, href);
        return String.valueOf(answer);
    }
}
