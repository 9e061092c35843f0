package fr.monenfantalecole.portail.shared.web;

import fr.monenfantalecole.portail.shared.PlausibleDate;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.format.DateTimeFormatter;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A required date typed in a text field ({@link TypedDate}) that a school portal can mean
 * ({@link PlausibleDate}). Two messages, both keys of the module's {@code i18n/<module>.properties}:
 * {@link #message()} when the text is empty or not a date, {@link #plausible()} when the year is a
 * slip of the keyboard; the latter may say {@code {premier}} and {@code {dernier}}, the bounds.
 */
@Documented
@Constraint(validatedBy = FrenchDate.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface FrenchDate {

    String message();

    String plausible();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    final class Check implements ConstraintValidator<FrenchDate, String> {

        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        private String plausible = "";

        @Override
        public void initialize(FrenchDate annotation) {
            plausible = annotation.plausible();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            var date = TypedDate.parse(value);
            if (date == null) {
                return false;
            }
            if (PlausibleDate.problem(date, "") == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("premier", SHOWN.format(PlausibleDate.FIRST))
                    .addMessageParameter("dernier", SHOWN.format(PlausibleDate.last()))
                    .buildConstraintViolationWithTemplate(plausible)
                    .addConstraintViolation();
            return false;
        }
    }
}
