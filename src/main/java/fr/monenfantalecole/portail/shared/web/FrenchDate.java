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
 * A date typed in a text field ({@link TypedDate}) that a school portal can mean
 * ({@link PlausibleDate}). Messages, keys of the module's {@code i18n/<module>.properties}:
 * {@link #message()} when the text is not a date (or empty, unless {@link #missing()} says it),
 * {@link #plausible()} when the year is a slip of the keyboard; the latter may say {@code {premier}}
 * and {@code {dernier}}, the bounds. Required unless {@link #required()} is false.
 */
@Documented
@Constraint(validatedBy = FrenchDate.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface FrenchDate {

    String message();

    String plausible();

    /** The message when nothing was typed, if it differs from {@link #message()}. */
    String missing() default "";

    /** False for an optional date: an empty text then passes. */
    boolean required() default true;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    final class Check implements ConstraintValidator<FrenchDate, String> {

        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        private String plausible = "";
        private String missing = "";
        private boolean required = true;

        @Override
        public void initialize(FrenchDate annotation) {
            plausible = annotation.plausible();
            missing = annotation.missing();
            required = annotation.required();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                if (required && !missing.isEmpty()) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(missing).addConstraintViolation();
                }
                return !required;
            }
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
