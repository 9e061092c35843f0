package fr.monenfantalecole.portail.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriver;

/**
 * One browser per test class, handed to tests as a WebDriver parameter; a screenshot is saved under
 * target/screenshots when a test fails.
 */
public class BrowserExtension implements ParameterResolver, TestWatcher, AfterAllCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return driver(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        var driver = existing(context);
        if (driver != null) {
            Browser.screenshot(
                    driver,
                    context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        var driver = existing(context);
        if (driver != null) {
            driver.quit();
        }
    }

    private static WebDriver driver(ExtensionContext context) {
        return classStore(context).computeIfAbsent("driver", k -> Browser.start(), WebDriver.class);
    }

    private static WebDriver existing(ExtensionContext context) {
        return classStore(context).get("driver", WebDriver.class);
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        var classContext =
                context.getParent().filter(p -> p.getTestMethod().isEmpty()).orElse(context);
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(NS);
    }
}
