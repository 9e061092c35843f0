package fr.monenfantalecole.portail.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * A form that chooses a staff password, typed twice, checked against {@link PasswordPolicy}: a
 * password too short or too long is refused next to {@code motDePasse}, two that differ next to
 * {@code confirmation}. The messages are in i18n/account.properties ({@code {min}} and {@code {max}}
 * filled in from the policy).
 */
@Documented
@Constraint(validatedBy = NewPassword.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface NewPassword {

    String message() default "{account.motDePasse.court}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A form with a new password and its confirmation. */
    interface Typed {

        @Nullable
        String motDePasse();

        @Nullable
        String confirmation();
    }

    /** The check behind the annotation. */
    final class Check implements ConstraintValidator<NewPassword, Typed> {

        @Override
        public boolean isValid(@Nullable Typed form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            var broken = PasswordPolicy.broken(orEmpty(form.motDePasse()), orEmpty(form.confirmation()));
            if (broken == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("min", PasswordPolicy.MIN_CHARS)
                    .addMessageParameter("max", PasswordPolicy.MAX_BYTES)
                    .buildConstraintViolationWithTemplate(
                            switch (broken) {
                                case TOO_SHORT -> "{account.motDePasse.court}";
                                case TOO_LONG -> "{account.motDePasse.long}";
                                case MISMATCH -> "{account.confirmation.differente}";
                            })
                    .addPropertyNode(broken == PasswordPolicy.Broken.MISMATCH ? "confirmation" : "motDePasse")
                    .addConstraintViolation();
            return false;
        }

        private static String orEmpty(@Nullable String value) {
            return value == null ? "" : value;
        }
    }
}
