package fr.monenfantalecole.portail.shared.web;

import fr.monenfantalecole.portail.shared.TypedEuros;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * An amount in euros typed in a text field ("3,80", "1 234,56 €": {@link TypedEuros}), of at most
 * {@link #maxCents()}. Kept as text on the form, so that what was typed comes back as typed when it
 * is refused. Blank passes: pair it with {@code @NotBlank} when the amount is required.
 */
@Documented
@Constraint(validatedBy = EuroAmount.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface EuroAmount {

    /** Shared by every form ({@code messages.properties}); a form may say more with its own key. */
    String message() default "{montant.format}";

    /** The largest amount accepted, in cents. */
    long maxCents() default Long.MAX_VALUE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    final class Check implements ConstraintValidator<EuroAmount, String> {

        private long max = Long.MAX_VALUE;

        @Override
        public void initialize(EuroAmount annotation) {
            max = annotation.maxCents();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            Long cents = TypedEuros.cents(value);
            return cents != null && cents <= max;
        }
    }
}
