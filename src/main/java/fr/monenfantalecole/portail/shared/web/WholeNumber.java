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
import org.jspecify.annotations.Nullable;

/**
 * A required whole number typed in a text field (an order of display, a rank): spaces around it
 * allowed, nothing else, and small enough for an {@code int}. Kept as text on the form, so that what
 * was typed comes back as typed when it is refused.
 */
@Documented
@Constraint(validatedBy = WholeNumber.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeNumber {

    String message() default "{typeMismatch.int}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation, and the reading of a valid value. */
    final class Check implements ConstraintValidator<WholeNumber, String> {

        /** The number, or null when the text is empty or not a whole number. */
        public static @Nullable Integer parse(@Nullable String typed) {
            try {
                return typed == null || typed.isBlank() ? null : Integer.parseInt(typed.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return parse(value) != null;
        }
    }
}
