package fr.monenfantalecole.portail.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.monenfantalecole.portail.enrolment.EnrolmentFixture;
import fr.monenfantalecole.portail.family.Families;
import fr.monenfantalecole.portail.periscolaire.Activities;
import fr.monenfantalecole.portail.periscolaire.ActivityType;
import fr.monenfantalecole.portail.service.AnneeScolaire;
import fr.monenfantalecole.portail.service.Grille;
import fr.monenfantalecole.portail.service.Prestations;
import fr.monenfantalecole.portail.service.TestGrids;
import fr.monenfantalecole.portail.support.Browser;
import fr.monenfantalecole.portail.support.BrowserExtension;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.School;
import fr.monenfantalecole.portail.support.World;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15's "Done when", walked in one browser run on a commune of its own where the inscription is open
 * ({@link EnrolmentFixture#open}) and whose écoles have a cantine priced by a grid: a parent (360 px phone,
 * keyboard) enrols a child at the sector school found from the address, asks a dérogation for
 * another, signs that one up to the canteen, books a month and cancels a day before the deadline;
 * the agent accepts the first request with a message, downloads the certificate (read back with
 * PDFBox) and the kitchen count (the booked day counted, the cancelled one not); the director of the
 * sector school sees the admitted pupil. Axe on every page.
 */
@PortailTest
@ExtendWith(BrowserExtension.class)
class TeleservicesWalkBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    EnrolmentFixture fixture;

    @Autowired
    Prestations prestations;

    @Autowired
    Activities activities;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @OwnCommune
    World w;

    /** The sector école of the family's address. */
    String sectorSchool = "";

    @TempDir
    Path files;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aParentEnrolsAndBooksTheAgentDecidesAndTheDirectorSeesThePupil(WebDriver driver) throws Exception {
        String email = "parcours.complet@famille.test";
        var open = fixture.open(w);
        sectorSchool = open.sector().uai();
        var today = LocalDate.now(clock);
        canteens(today, open.sector(), open.other());
        var client = open.parent(email, "Dominique", "Parcours");
        open.child(client, "Lou", "Parcours", "10/10", 6, "");
        // Noé is at the sector school this year (chosen in Mon foyer, outside the browser to keep the walk short).
        open.child(client, "Noé", "Parcours", "10/10", 8, "ce1", open.sector());
        Path proof = EnrolmentFixture.image(files, "justificatif.png");

        driver.manage().window().setSize(new Dimension(360, 800));
        Browser.logInFamily(driver, url("/" + w.slug()), email, Families.PASSWORD);

        // Lou enters CP at the sector school; Noé asks a dérogation for CE2 elsewhere.
        String lou = file(driver, "Lou Parcours", "CP", proof, false);
        String noe = file(driver, "Noé Parcours", "CE2", proof, true);
        assertThat(lou).isNotEqualTo(noe);

        // Noé's canteen: signed up for the year, a month booked from the weekly pattern, a day cancelled.
        driver.get(url("/" + w.slug() + "/mon-espace/periscolaire"));
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "périscolaire, mon espace");
        var canteen = By.xpath("//section[h2[contains(., 'Noé')]]//li[h3[.='Cantine']]");
        var signUp = driver.findElement(canteen).findElement(By.cssSelector("button[type=submit]"));
        Browser.leavePage(driver, () -> signUp.sendKeys(Keys.ENTER));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Noé");
        Browser.assertAccessible(driver);
        // The month after next: every day is before its deadline, whatever today is.
        YearMonth month = YearMonth.from(today).plusMonths(2);
        driver.get(driver.getCurrentUrl().replaceAll("\\?.*", "") + "?mois=" + month);
        String cancelled = openDays(driver).get(0).getAttribute("value");
        String kept = openDays(driver).get(1).getAttribute("value");
        int cancelledBefore = meals(cancelled);
        int keptBefore = meals(kept);
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.xpath("//button[contains(., 'jours habituels du mois')]"))
                        .sendKeys(Keys.ENTER));
        Browser.visible(driver, By.cssSelector(".notice.success"));
        int booked =
                (int) openDays(driver).stream().filter(WebElement::isSelected).count();
        assertThat(booked).as("jours réservés en " + month).isGreaterThanOrEqualTo(12);
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "mois réservé");
        var box = driver.findElement(By.cssSelector("ul.jours input[name=jour][value='" + cancelled + "']"));
        box.sendKeys(Keys.SPACE);
        var save = driver.findElement(By.xpath("//button[.='Enregistrer mes réservations']"));
        Browser.leavePage(driver, () -> save.sendKeys(Keys.ENTER));
        Browser.visible(driver, By.cssSelector(".notice.success"));
        assertThat(driver.findElement(By.cssSelector("ul.jours input[value='" + cancelled + "']"))
                        .isSelected())
                .isFalse();
        assertThat(openDays(driver).stream().filter(WebElement::isSelected).count())
                .isEqualTo(booked - 1);
        assertThat(driver.findElement(By.id("cout")).getText()).contains(String.valueOf(booked - 1));
        Browser.assertAccessible(driver);

        // The agent accepts Lou's request with a message and downloads the certificate.
        driver.manage().window().setSize(new Dimension(1280, 900));
        Browser.logIn(driver, url(""), w.admin().email(), World.PASSWORD);
        driver.get(url("/admin/" + w.slug() + "/inscriptions"));
        Browser.assertAccessible(driver);
        Browser.leavePage(driver, () -> driver.findElement(By.linkText(lou)).sendKeys(Keys.ENTER));
        Browser.assertAccessible(driver);
        driver.findElement(By.cssSelector("input[name=statut][value=ACCEPTEE]")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("message"))
                .sendKeys("Bienvenue à l'école : présentez ce certificat à la directrice avant la rentrée.");
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.xpath("//button[contains(., 'prévenir la famille')]"))
                        .sendKeys(Keys.ENTER));
        assertThat(driver.findElement(By.id("etat")).getText()).isEqualTo("Acceptée");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bienvenue à l'école");
        Browser.assertAccessible(driver);
        var certificate = download(driver, By.partialLinkText("certificat d'inscription"));
        assertThat(certificate.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .startsWith("attachment");
        try (var pdf = Loader.loadPDF(certificate.body())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Certificat d'inscription scolaire")
                    .contains("Lou Parcours")
                    .contains(lou);
        }

        // The kitchen count: the booked day has one more meal at the school, the cancelled one none.
        driver.get(url("/admin/" + w.slug() + "/periscolaire/repas?date=" + kept));
        Browser.assertAccessible(driver);
        var kitchen = new String(
                download(driver, By.partialLinkText("Télécharger (CSV)")).body(), StandardCharsets.UTF_8);
        assertThat(count(kitchen, sectorSchool)).isEqualTo(keptBefore + 1);
        assertThat(meals(cancelled)).isEqualTo(cancelledBefore);

        // The director of the sector school sees Lou among the admitted pupils.
        Browser.logIn(driver, url(""), w.director(open.sector()).email(), World.PASSWORD);
        driver.get(url("/admin/mes-etablissements/" + sectorSchool));
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.partialLinkText("Élèves admis")).sendKeys(Keys.ENTER));
        String admitted = driver.findElement(By.tagName("main")).getText();
        assertThat(admitted).contains("Lou").contains(lou).doesNotContain(noe);
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new Dimension(360, 800));
        Browser.assertFitsTheWidth(driver, "élèves admis");
    }

    /** Files a request from the phone, for the sector school or a dérogation; returns its number. */
    private String file(WebDriver driver, String child, String level, Path proof, boolean derogation) {
        driver.get(url("/" + w.slug() + "/mon-espace/inscriptions"));
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.linkText("Faire une demande d'inscription"))
                        .sendKeys(Keys.ENTER));
        new Select(driver.findElement(By.id("enfant"))).selectByVisibleText(child);
        new Select(driver.findElement(By.id("niveau"))).selectByVisibleText(level);
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.cssSelector("main form button")).sendKeys(Keys.ENTER));
        assertThat(driver.findElement(By.id("secteur")).getText()).contains("l'école de secteur est");
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "demande pour " + child);
        if (derogation) {
            driver.findElement(By.cssSelector("input[name=choix][value=derogation]"))
                    .sendKeys(Keys.SPACE);
            var school = new Select(driver.findElement(By.id("ecole")));
            school.selectByIndex(school.getOptions().size() - 1);
            driver.findElement(By.cssSelector("input[name=motif][value=FRATRIE]"))
                    .sendKeys(Keys.SPACE);
            driver.findElement(By.id("precision")).sendKeys("Sa cousine y est déjà, la nourrice habite à côté.");
        }
        for (String piece : new String[] {"piece_DOMICILE", "piece_LIVRET_FAMILLE", "piece_VACCINATIONS"}) {
            driver.findElement(By.id(piece)).sendKeys(proof.toString());
        }
        Browser.leavePage(
                driver,
                () -> driver.findElement(By.cssSelector("main form button[type=submit]"))
                        .sendKeys(Keys.ENTER));
        assertThat(driver.findElement(By.id("etat")).getText()).isEqualTo("Déposée");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page.contains("dérogation")).as(page).isEqualTo(derogation);
        Browser.assertAccessible(driver);
        Browser.assertFitsTheWidth(driver, "demande déposée pour " + child);
        var number = java.util.regex.Pattern.compile("INS-[0-9]+-[0-9]+").matcher(page);
        assertThat(number.find()).as(page).isTrue();
        return number.group();
    }

    private static java.util.List<WebElement> openDays(WebDriver driver) {
        return driver.findElements(By.cssSelector("ul.jours input[type=checkbox][name=jour]"));
    }

    /** The kitchen's count for the sector school on a day, read by an agent outside the browser. */
    private int meals(String day) throws Exception {
        String csv = mvc.perform(get("/admin/" + w.slug() + "/periscolaire/repas.csv")
                        .param("date", day)
                        .with(w.admin().mvc()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return count(csv, sectorSchool);
    }

    /**
     * A cantine at each école for this school year, four days a week, booked up to two days before at
     * 10:00 and priced by the tests' grid, as the demo's Fougères has it.
     */
    private void canteens(LocalDate today, School... schools) {
        String year = AnneeScolaire.of(today);
        int start = Integer.parseInt(year.substring(0, 4));
        long grid = prestations.create(
                w.id(),
                new Prestations.Saisie(
                        "Restauration scolaire",
                        "le repas",
                        "",
                        year,
                        1,
                        TestGrids.cantine(Grille.NonResident.IDENTIQUE, Grille.Fratrie.AUCUNE),
                        false),
                null);
        for (var school : schools) {
            activities.create(
                    w.id(),
                    new Activities.Saisie(
                            school.uai(),
                            year,
                            ActivityType.CANTINE,
                            120,
                            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                            grid,
                            2,
                            LocalTime.of(10, 0),
                            LocalDate.of(start, 9, 1),
                            LocalDate.of(start + 1, 7, 3)));
        }
    }

    private static int count(String csv, String uai) {
        return csv.lines()
                .filter(line -> line.contains(";" + uai + ";"))
                .map(line -> Integer.parseInt(
                        line.substring(line.lastIndexOf(';') + 1).strip()))
                .findFirst()
                .orElse(0);
    }

    /** The file behind a link, fetched with the browser's session as the browser would save it. */
    private static HttpResponse<byte[]> download(WebDriver driver, By link) throws Exception {
        String href = driver.findElement(link).getAttribute("href");
        var session = driver.manage().getCookieNamed("PORTAIL_SESSION");
        assertThat(session).isNotNull();
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "PORTAIL_SESSION=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(href).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        return answer;
    }
}
