package fr.monenfantalecole.portail.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The Markdown editor (EasyMDE, {@code js/markdown.js}) that replaces a textarea on screen, used as a
 * person does: a click in its text, then keys. The hidden textarea keeps what the form sends.
 */
public final class MarkdownEditor {

    private final WebDriver driver;
    private final String fieldId;

    private MarkdownEditor(WebDriver driver, String fieldId) {
        this.driver = driver;
        this.fieldId = fieldId;
    }

    /** The editor of the textarea {@code fieldId}, once the script has put it on the page. */
    public static MarkdownEditor of(WebDriver driver, String fieldId) {
        var editor = new MarkdownEditor(driver, fieldId);
        Browser.visible(driver, editor.area());
        return editor;
    }

    private By area() {
        return By.cssSelector("[data-editeur-de='" + fieldId + "'] .CodeMirror");
    }

    /** Clicks in the text and puts the cursor at its end, as before typing more. */
    public WebElement focusAtEnd() {
        driver.findElement(area()).click();
        var input = driver.switchTo().activeElement();
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        return input;
    }

    /** Types at the end of the text. */
    public void type(CharSequence... keys) {
        focusAtEnd().sendKeys(keys);
    }

    /** Selects the whole text and types over it. */
    public void replaceWith(String text) {
        var input = focusAtEnd();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** The text the editor shows. */
    public String text() {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].CodeMirror.getValue();", driver.findElement(area()));
    }
}
