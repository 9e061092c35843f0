package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.web.WholeNumber;
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
 * A number of people typed in a text field or a query parameter (adults, children): a whole number
 * read as {@link WholeNumber} reads it (spaces around it allowed), from {@link #min()} to
 * {@link #max()}. Empty is refused: the forms give a default.
 */
@Documented
@Constraint(validatedBy = Count.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@interface Count {

    String message();

    int min() default 0;

    int max() default Integer.MAX_VALUE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    final class Check implements ConstraintValidator<Count, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Count annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            Integer n = WholeNumber.Check.parse(value);
            return n != null && n >= min && n <= max;
        }
    }
}
