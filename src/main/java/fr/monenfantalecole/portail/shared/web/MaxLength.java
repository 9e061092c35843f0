package fr.monenfantalecole.portail.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A text of at most {@link #value()} characters whose message can tell the agent how far over it
 * is: {@code {limite}} and {@code {compte}} (both written the French way, "100 000"), which
 * {@code @Size} cannot say. Null passes: pair it with {@code @NotBlank} when the text is required.
 */
@Documented
@Constraint(validatedBy = MaxLength.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxLength {

    int value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    final class Check implements ConstraintValidator<MaxLength, String> {

        private int max;

        @Override
        public void initialize(MaxLength annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null || value.length() <= max) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("limite", String.format(Locale.FRANCE, "%,d", max))
                    .addMessageParameter("compte", String.format(Locale.FRANCE, "%,d", value.length()));
            return false;
        }
    }
}
