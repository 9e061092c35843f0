package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.family.FamilyFixture;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.Mailbox;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent corrects a child's school and class at a phone's width, with the keyboard only (the
 * choices typed into the lists, Tab to the button, Enter), axe before and after; the correction is
 * saved and in the account's journal with the agent's name. The commune, its two schools, its agent
 * and the family are the test's own.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class FamilyCorrectionBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FamilyFixture families;

    @OwnCommune
    World w;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anAgentCorrectsAChildsClassWithTheKeyboard(WebDriver driver) throws Exception {
        families.removedWith(w);
        w.school("École des Tilleuls");
        w.school("École du Centre");
        String slug = w.slug();
        String email = "correction.clavier@famille.test";
        var family = Families.signUp(port, mailbox, slug, email, "Agathe", "Clavier", "hibou-gris-dans-la-grange");
        var added = family.postForm(
                "/" + slug + "/mon-espace/enfants",
                Map.of(
                        "prenoms", "Oscar",
                        "nom", "Clavier",
                        "dateNaissance", "2019-05-02",
                        "sexe", "M",
                        "uai", "",
                        "niveau", "ce1"),
                family.csrf("/" + slug + "/mon-espace/enfants/nouveau"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        long adult = jdbc.sql("select id from famille_adulte where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
        long child = jdbc.sql("""
                        select e.id from famille_enfant e join famille_responsabilite r on r.enfant_id = e.id
                         where r.adulte_id = :a""").param("a", adult).query(Long.class).single();

        driver.manage().window().setSize(new Dimension(360, 800));
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        driver.get(url("/admin/" + slug + "/familles/" + adult));
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "correction d'un enfant");

        var niveau = driver.findElement(By.id("niveau-" + child));
        var schools = new Select(driver.findElement(By.id("uai-" + child))).getOptions();
        String school = schools.get(1).getText();
        driver.findElement(By.id("uai-" + child)).sendKeys(school);
        niveau.sendKeys("CE2");
        niveau.sendKeys(Keys.TAB);
        var focused = driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Corriger l'école ou la classe de Oscar");
        Browser.leavePage(driver, () -> focused.sendKeys(Keys.ENTER));

        assertThat(driver.getCurrentUrl()).endsWith("/admin/" + slug + "/familles/" + adult + "?corrige");
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("La correction est enregistrée");
        assertThat(new Select(driver.findElement(By.id("niveau-" + child)))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("CE2");
        assertThat(new Select(driver.findElement(By.id("uai-" + child)))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(school);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("enfant.corrige");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "correction enregistrée");
        assertThat(jdbc.sql("select niveau from famille_enfant where id = :id")
                        .param("id", child)
                        .query(String.class)
                        .single())
                .isEqualTo("ce2");
    }
}
