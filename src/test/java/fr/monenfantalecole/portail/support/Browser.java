package fr.monenfantalecole.portail.support;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (paths set explicitly: nothing is
 * downloaded). Without Chromium the browser tests are skipped with a warning, except in CI
 * (CI=true), where they fail.
 *
 * <p>A browser test waits on a condition, never on time, and never reads right after a click: a
 * click returns once the browser has dispatched it, not once the page it leads to is there (on a
 * busy machine a form's POST is often still on its way), so the next read sees the page being
 * left. Leave a page with {@link #clickAndWaitForPage} or {@link #leavePage}, wait for what a
 * script shows with {@link #visible} or {@link #waitFor}.
 */
public final class Browser {

    /**
     * How long a condition may take before the test fails: long, because a machine running the
     * whole suite next to other builds is slow; a condition met returns at once.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    static final String CHROMIUM = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {}

    public static WebDriver start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            String message = "Chromium (" + CHROMIUM + ") ou chromedriver (" + CHROMEDRIVER + ") absent : "
                    + "installez les paquets Debian chromium et chromium-driver.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " Les tests navigateur sont obligatoires en CI.");
            }
            System.err.println("AVERTISSEMENT : tests navigateur ignorés. " + message);
            Assumptions.abort(message);
        }
        try {
            var profile = Files.createTempDirectory("chromium-profile");
            var options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-quic",
                            "--no-first-run",
                            "--window-size=1280,900",
                            "--lang=fr-FR",
                            "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE.multipliedBy(2));
            driver.manage().timeouts().scriptTimeout(PATIENCE);
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs axe-core (WCAG 2.1 A and AA) on the current page and fails with every violation found. */
    public static void assertAccessible(WebDriver driver) {
        var results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        if (results.getPasses().isEmpty()) {
            Assertions.fail(
                    "axe-core n'a rien vérifié sur " + driver.getCurrentUrl() + " : " + results.getErrorMessage());
        }
        var violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = violations.stream()
                    .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " → "
                            + v.getNodes().stream()
                                    .map(n -> String.valueOf(n.getTarget()))
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  "));
            Assertions.fail("axe-core : " + violations.size() + " violation(s) WCAG sur " + driver.getCurrentUrl()
                    + "\n  " + report);
        }
    }

    /**
     * Logs in to the back office of the portal at {@code portal} ("http://localhost:port"), from a
     * fresh session, and waits until the login has landed (or been refused) before going on.
     */
    public static void logIn(WebDriver driver, String portal, String email, String password) {
        submitLogin(driver, portal, email, password);
        waitFor(driver)
                .until(d -> !d.getCurrentUrl().contains("/admin/connexion")
                        || !d.findElements(By.id("erreur-connexion")).isEmpty());
    }

    /**
     * Logs a parent in to the family space of the portal at {@code portal} ("http://localhost:port/fougeres"),
     * from a fresh session, returning once the login page is left.
     */
    public static void logInFamily(WebDriver driver, String portal, String email, String password) {
        driver.manage().deleteAllCookies();
        driver.get(portal + "/compte/connexion");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("motDePasse")).sendKeys(password);
        leavePage(driver, () -> driver.findElement(By.id("motDePasse")).sendKeys(Keys.ENTER));
    }

    /**
     * The login form's steps, from a browser without a session: e-mail and password typed on the
     * back office's login page and sent, returning once that page is left (for the second factor's
     * page, a refusal, or the back office).
     */
    public static void submitLogin(WebDriver driver, String portal, String email, String password) {
        driver.manage().deleteAllCookies();
        driver.get(portal + "/admin");
        driver.findElement(By.id("email")).clear();
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("motDePasse")).sendKeys(password);
        clickAndWaitForPage(driver, By.cssSelector("button[type=submit]"));
    }

    /**
     * The page fits the window's width: no sideways scrolling. Waited for, because on a busy machine the
     * first measure can come while the window is still being resized or the scrollbar appearing (a
     * page that really overflows never fits, and the wait fails with both widths).
     */
    public static void assertFitsTheWidth(WebDriver driver, String what) {
        var js = (JavascriptExecutor) driver;
        long[] widths = new long[2];
        try {
            waitFor(driver).until(d -> {
                widths[0] = (Long) js.executeScript("return document.documentElement.scrollWidth;");
                widths[1] = (Long) js.executeScript("return document.documentElement.clientWidth;");
                return widths[0] <= widths[1];
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    what + " : la page fait " + widths[0] + " px pour une fenêtre de " + widths[1] + " px", e);
        }
    }

    /** A wait of {@link #PATIENCE} that retries when the page changes under a condition being read. */
    public static WebDriverWait waitFor(WebDriver driver) {
        var wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The element, once a script or a page load has made it visible. */
    public static WebElement visible(WebDriver driver, By locator) {
        return waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks the link or button found by {@code locator} and waits until the page it leads to is loaded. */
    public static void clickAndWaitForPage(WebDriver driver, By locator) {
        var target = waitFor(driver).until(ExpectedConditions.elementToBeClickable(locator));
        clickAndWaitForPage(driver, target);
    }

    /** Clicks the link or button and waits until the page it leads to is loaded. */
    public static void clickAndWaitForPage(WebDriver driver, WebElement target) {
        leavePage(driver, target::click);
    }

    /**
     * Runs an action that leaves the current page (a click, Enter in a form, {@code submit()}) and
     * waits until the old document is gone and the new one loaded, whatever the redirects between.
     */
    public static void leavePage(WebDriver driver, Runnable action) {
        WebElement current = driver.findElement(By.tagName("html"));
        action.run();
        var wait = waitFor(driver);
        wait.until(d -> gone(current));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element's document was left. Chrome says so with a stale reference, or, when asked in
     * the middle of the navigation, with "node … does not belong to the document" (not a stale reference
     * for Selenium, so {@code ExpectedConditions.stalenessOf} failed on it under load).
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"), png);
        } catch (IOException | RuntimeException e) {
            System.err.println("Capture d'écran impossible : " + e.getMessage());
        }
    }
}
