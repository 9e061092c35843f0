package fr.monenfantalecole.portail.browser;

import fr.monenfantalecole.portail.rubrique.Rubriques;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page the rough-edge fixes of issue 19 touched passes axe and fits the width, at 1280 and 360 px.
 * On worlds of the class's own: a département and its commune with an école primaire, an école maternelle
 * and a collège ({@link OwnPortal}), the commune's carte scolaire for its écoles and the département's for
 * its collège, the commune's suggested rubriques and an event of its agenda.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoughEdgesAxeBrowserTest {

    static final Dimension[] SIZES = {new Dimension(1280, 900), new Dimension(360, 780)};

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OwnPortal portal;

    @Autowired
    Rubriques rubriques;

    World departement;
    World commune;
    OwnPortal.Schools schools;

    @BeforeAll
    void ownWorlds() throws Exception {
        departement = fixtures.departement();
        commune = departement.member();
        schools = portal.schools(commune);
        portal.identity(commune);
        portal.sectors(commune, commune, schools, "maternelle", "elementaire");
        portal.sectors(departement, commune, schools, "college");
        rubriques.chooseSuggested(commune.id());
        portal.event(commune, schools.primaire(), "Fête de l'école");
    }

    @AfterAll
    void closeWorlds() {
        departement.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void publicPages(WebDriver driver) {
        String c = "/" + commune.slug();
        for (String path : new String[] {
            "/" + departement.slug() + "/", c + "/", c + "/ecoles", c + "/ecoles/" + schools.primaire(), c + "/agenda"
        }) {
            check(driver, path);
        }
    }

    @Test
    void backOfficePages(WebDriver driver) {
        String admin = "/admin/" + commune.slug();
        driver.manage().window().setSize(SIZES[0]);
        Browser.logIn(driver, url(""), commune.admin().email(), commune.admin().password());
        check(driver, admin + "/carte-scolaire?niveau=college&origine=departement");
        check(driver, admin + "/rubriques");
        String delete =
                driver.findElement(By.cssSelector("a[href$='/supprimer']")).getAttribute("href");
        check(driver, delete.substring(delete.indexOf("/admin/")));
        check(driver, admin + "/carte-scolaire");
        driver.manage().window().setSize(SIZES[0]);
    }

    private void check(WebDriver driver, String path) {
        for (var size : SIZES) {
            driver.manage().window().setSize(size);
            driver.get(url(path));
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, path + " at " + size.width + " px");
        }
    }
}
