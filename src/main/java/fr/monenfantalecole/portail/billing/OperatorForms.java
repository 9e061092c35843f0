package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.shared.web.FormErrors;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The one shape of an operator's form on a billing page: the form's own errors, or the rules'
 * refusal next to the field it concerns, give the page again with what was typed; otherwise the
 * action is done and the operator is sent to the page that confirms it.
 */
@Component
class OperatorForms {

    private final FormErrors formErrors;

    OperatorForms(FormErrors formErrors) {
        this.formErrors = formErrors;
    }

    /**
     * @param page the page again, given the errors to show
     * @param refusedField the field a {@link BillingRefusal} is shown next to
     * @param done where to go once the action is done ("/admin/facturation/…?avoir")
     */
    String submit(
            BindingResult result,
            Function<Map<String, String>, String> page,
            String refusedField,
            Runnable action,
            String done) {
        if (result.hasErrors()) {
            return page.apply(formErrors.of(result));
        }
        try {
            action.run();
        } catch (BillingRefusal refusal) {
            return page.apply(Map.of(refusedField, refusal.getMessage()));
        }
        return "redirect:" + done;
    }
}
