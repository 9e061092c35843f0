package fr.monenfantalecole.portail.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The house validation idiom, its last step: a form record validated with Bean Validation
 * ({@code @Valid @ModelAttribute("form") XxxForm form, BindingResult result}) gives its errors to the
 * page as one French message per field, in the order of the form, which the {@code tag/fieldError}
 * and {@code tag/errorSummary} templates show next to the field and at the top. Messages come from
 * {@code messages.properties} and the module's {@code i18n/<module>.properties}.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The first message of each field in error ("" for errors of the whole form). */
    public Map<String, String> of(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        var fieldErrors = new ArrayList<>(result.getFieldErrors());
        // Bean Validation reports in no set order: a record form's errors follow its components.
        if (result.getTarget() instanceof Record form) {
            List<String> order = Arrays.stream(form.getClass().getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
            fieldErrors.sort(Comparator.comparingInt(e -> {
                int i = order.indexOf(e.getField());
                return i < 0 ? order.size() : i;
            }));
        }
        for (var error : fieldErrors) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, Locale.FRENCH));
        }
        for (var error : result.getGlobalErrors()) {
            errors.putIfAbsent("", messages.getMessage(error, Locale.FRENCH));
        }
        return errors;
    }
}
