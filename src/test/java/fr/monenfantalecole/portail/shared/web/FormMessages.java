package fr.monenfantalecole.portail.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The French message next to each field of a form record, as the page would show it, without
 * starting the application: the same bundles as {@code spring.messages.basename}, Bean Validation
 * interpolating through them as Spring Boot sets it up, and {@link FormErrors}.
 */
public final class FormMessages {

    private static final ResourceBundleMessageSource MESSAGES = messages();
    private static final LocalValidatorFactoryBean VALIDATOR = validator();

    private FormMessages() {}

    /** The messages of a form bound as {@code name}, field by field, in the form's order. */
    public static Map<String, String> of(Object form, String name) {
        return new FormErrors(MESSAGES).of(result(form, name));
    }

    /** The validated form, for a test that adds the controller's own {@code rejectValue}s. */
    public static BindingResult result(Object form, String name) {
        var binder = new DataBinder(form, name);
        binder.setValidator(VALIDATOR);
        binder.validate();
        return binder.getBindingResult();
    }

    /** The messages of a result, once the test has added to it. */
    public static Map<String, String> of(BindingResult result) {
        return new FormErrors(MESSAGES).of(result);
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static String[] basenames() {
        try (InputStream in = FormMessages.class.getResourceAsStream("/application.yml")) {
            String yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var m = Pattern.compile("basename: *(\\S+)").matcher(yml);
            if (!m.find()) {
                throw new IllegalStateException("no spring.messages.basename in application.yml");
            }
            return java.util.Arrays.stream(m.group(1).split(","))
                    .filter(b -> FormMessages.class.getResource("/" + b + ".properties") != null)
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalValidatorFactoryBean validator() {
        var factory = new LocalValidatorFactoryBean();
        factory.setMessageInterpolator(new MessageInterpolatorFactory(MESSAGES).getObject());
        factory.afterPropertiesSet();
        return factory;
    }
}
