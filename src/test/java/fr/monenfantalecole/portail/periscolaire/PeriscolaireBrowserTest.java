package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.family.FamilyFixture;
import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.School;
import fr.monenfantalecole.portail.support.World;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The periscolaire pages in Chromium: a parent books a day and cancels it on a 360 px phone with
 * the keyboard, and sees why a closed day cannot be booked; an agent reads the activities and the day's
 * list on a computer and on a phone. Axe (WCAG 2.1 A/AA) on every page, no sideways scrolling at 360 px.
 * Each test's commune has a school, a priced cantine of this school year, the "pont de l'Ascension" 2027
 * closed, and a household whose child is signed up to the cantine ({@link PeriscolaireFixture}).
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class PeriscolaireBrowserTest {

    private static final String PASSWORD = "tartine-de-confiture-au-goûter";

    @LocalServerPort
    int port;

    @Autowired
    PeriscolaireFixture fixture;

    @Autowired
    FamilyFixture families;

    @OwnCommune
    World w;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * The commune's school, its cantine of this school year and a child signed up, booked on next month's
     * first Monday; the parent's address.
     */
    private String cantineWithAChild(School school) {
        String year = AnneeScolaire.of(LocalDate.now());
        long grid = fixture.grid(w, "Restauration scolaire", year, Grille.NonResident.IDENTIQUE, Grille.Fratrie.AUCUNE);
        var cantine = fixture.activity(w, school.uai(), ActivityType.CANTINE, 40, year, grid);
        fixture.closed(w, LocalDate.of(2027, 5, 7), "pont de l'Ascension");
        String email = "parent." + w.slug() + "@famille.test";
        long parent = families.adult(w, email, "Claire", "Dubois", PASSWORD);
        long child = families.child(parent, "Lemoine", "Léo", LocalDate.of(2018, 4, 4), school.uai(), year);
        // Next month's first Monday booked, as the demo's households book this month and the next.
        fixture.book(w, cantine, fixture.signUp(cantine, parent, child), parent, Set.of(nextMonthsFirstMonday()));
        return email;
    }

    @Test
    void aParentBooksAndCancelsADayWithTheKeyboardOnAPhone(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(360, 800));
        String parent = cantineWithAChild(w.school("École des Tilleuls"));
        Browser.logInFamily(driver, url("/" + w.slug()), parent, PASSWORD);

        driver.get(url("/" + w.slug() + "/mon-espace/periscolaire"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cantine et accueils périscolaires");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "périscolaire, mon espace");

        Browser.leavePage(
                driver,
                () -> driver.findElement(By.partialLinkText("Réserver des jours pour"))
                        .sendKeys(Keys.ENTER));
        String calendar = driver.getCurrentUrl().replaceAll("\\?.*", "");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "calendrier du mois");

        // The month after next: a month the family has not booked yet.
        Browser.leavePage(
                driver, () -> driver.findElement(By.linkText("Mois suivant")).sendKeys(Keys.ENTER));
        Browser.leavePage(
                driver, () -> driver.findElement(By.linkText("Mois suivant")).sendKeys(Keys.ENTER));
        String day = firstOpenDay(driver).getAttribute("value");
        boolean bookedBefore = firstOpenDay(driver).isSelected();

        // Booked (or cancelled), then back again: Space ticks, Tab reaches the button, Enter sends.
        for (boolean expected : new boolean[] {!bookedBefore, bookedBefore}) {
            var box = dayBox(driver, day);
            box.sendKeys(Keys.SPACE);
            assertThat(box.isSelected()).isEqualTo(expected);
            submitWithTab(driver, box);
            Browser.visible(driver, By.cssSelector(".notice.success"));
            assertThat(dayBox(driver, day).isSelected()).as(day).isEqualTo(expected);
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, "calendrier enregistré");
        }

        // The "pont de l'Ascension" the commune closes: locked, with the reason written next to it.
        driver.get(calendar + "?mois=2027-05");
        // (Ascension's bridge may also be a holiday of the school calendar: either reason is shown.)
        assertThat(driver.findElements(By.cssSelector("ul.jours input[name=jour][value='2027-05-07']")))
                .as("le 7 mai 2027 ne peut pas être coché")
                .isEmpty();
        var closed = driver.findElement(By.xpath("//ul[@class='jours']/li[contains(., ' 7 mai')]"));
        assertThat(closed.findElement(By.tagName("input")).isEnabled()).isFalse();
        assertThat(closed.getText()).contains("École fermée : ").doesNotContain("fermeture : ");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "mois avec un jour fermé");

        // And a past day this month: locked, with its rule.
        driver.get(calendar + "?mois=" + YearMonth.now());
        if (!driver.findElements(By.cssSelector("ul.jours input[disabled]")).isEmpty()) {
            assertThat(driver.findElement(By.cssSelector("ul.jours li .hint")).getText())
                    .isNotBlank();
        }
        Browser.assertAccessible(driver);
    }

    @Test
    void anAgentReadsTheActivitiesAndTheDailyListOnAComputerAndAPhone(WebDriver driver) {
        cantineWithAChild(w.school("École des Tilleuls"));
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        LocalDate monday = nextMonthsFirstMonday();
        for (int width : new int[] {1280, 360}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String path : new String[] {
                "/admin/" + w.slug() + "/periscolaire",
                "/admin/" + w.slug() + "/periscolaire/jour?date=" + monday,
                "/admin/" + w.slug() + "/periscolaire/repas?date=" + monday
            }) {
                driver.get(url(path));
                assertThat(driver.findElement(By.tagName("h1")).getText())
                        .as(path)
                        .isNotBlank();
                Browser.assertAccessible(driver);
                Browser.assertFitsTheWidth(driver, path + " à " + width + " px");
            }
        }
        driver.get(url("/admin/" + w.slug() + "/periscolaire/jour?date=" + monday));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .containsPattern(" : (0|1) enfant\\b| : \\d+ enfants\\b")
                .doesNotContain("enfant(s)");
    }

    @Test
    void anAgentOpensAnActivityToEditItWithTheKeyboardOnAComputerAndAPhone(WebDriver driver) {
        cantineWithAChild(w.school("École des Tilleuls"));
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        for (int width : new int[] {1280, 360}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            driver.get(url("/admin/" + w.slug() + "/periscolaire"));
            var link = driver.findElement(By.cssSelector("a[href*='/periscolaire/activites/']"));
            Browser.leavePage(driver, () -> link.sendKeys(Keys.ENTER));
            assertThat(driver.getCurrentUrl()).matches(".*/admin/" + w.slug() + "/periscolaire/activites/\\d+");
            assertThat(driver.findElement(By.id("usage")).getText())
                    .containsPattern("^\\d+ enfants? inscrits?, \\d+ jours? réservés?")
                    .doesNotContain("(s)");
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, "activité à modifier à " + width + " px");
        }
        // A change the bookings forbid: the reason next to the field, the page still accessible.
        var capacity = driver.findElement(By.id("capacite"));
        capacity.clear();
        capacity.sendKeys("0");
        Browser.leavePage(driver, () -> capacity.sendKeys(Keys.ENTER));
        assertThat(driver.findElement(By.id("erreurs")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("capacite")).getAttribute("value")).isEqualTo("0");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "activité refusée");
    }

    @Test
    void aDirectorReadsTheDailyListOfTheirSchoolOnAComputerAndAPhone(WebDriver driver) {
        var school = w.school("École des Tilleuls");
        cantineWithAChild(school);
        Browser.logIn(driver, url(""), w.director(school).email(), World.PASSWORD);
        String path = "/admin/periscolaire/ecoles/" + school.uai() + "?date=" + nextMonthsFirstMonday();
        for (int width : new int[] {1280, 360}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            driver.get(url(path));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Enfants attendus le");
            Browser.assertAccessible(driver);
            Browser.assertFitsTheWidth(driver, path + " à " + width + " px");
        }
    }

    private static LocalDate nextMonthsFirstMonday() {
        return LocalDate.now().plusMonths(1).withDayOfMonth(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    private static WebElement firstOpenDay(WebDriver driver) {
        return driver.findElement(By.cssSelector("ul.jours input[type=checkbox][name=jour]"));
    }

    private static WebElement dayBox(WebDriver driver, String day) {
        return driver.findElement(By.cssSelector("ul.jours input[name=jour][value='" + day + "']"));
    }

    /** Tabs from the ticked box to the form's button, as a keyboard user would, and presses Enter. */
    private static void submitWithTab(WebDriver driver, WebElement from) {
        var button = from.findElement(By.xpath("ancestor::form//button[@type='submit']"));
        var focused = from;
        for (int i = 0; i < 200 && !focused.equals(button); i++) {
            focused.sendKeys(Keys.TAB);
            focused = driver.switchTo().activeElement();
        }
        assertThat(focused).isEqualTo(button);
        var target = focused;
        Browser.leavePage(driver, () -> target.sendKeys(Keys.ENTER));
    }
}
