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
 * A SIREN number as typed (the nine digits of a French legal entity, spaces allowed between them)
 * whose last digit is its Luhn key. Empty passes: pair it with {@code @NotBlank} when it is required.
 */
@Documented
@Constraint(validatedBy = SirenNumber.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface SirenNumber {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation, and the reading of a typed number. */
    final class Check implements ConstraintValidator<SirenNumber, String> {

        /** The number without its spaces, or null when nothing was typed. */
        public static @Nullable String digits(@Nullable String typed) {
            return typed == null || typed.isBlank() ? null : typed.strip().replace(" ", "");
        }

        /** Nine digits whose Luhn sum is a multiple of ten. */
        public static boolean isValid(String digits) {
            if (!digits.matches("[0-9]{9}")) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = digits.charAt(8 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            return sum % 10 == 0;
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            String digits = digits(value);
            return digits == null || isValid(digits);
        }
    }
}
