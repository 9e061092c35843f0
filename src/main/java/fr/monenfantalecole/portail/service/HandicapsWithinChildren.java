package fr.monenfantalecole.portail.service;

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
 * The household's children in a situation of handicap are some of its children: never more. Refused
 * next to {@code enfantsHandicapes}, once both numbers can be read (each field checks its own).
 */
@Documented
@Constraint(validatedBy = HandicapsWithinChildren.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface HandicapsWithinChildren {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    final class Check implements ConstraintValidator<HandicapsWithinChildren, QuotientForm> {

        @Override
        public boolean isValid(@Nullable QuotientForm form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            Integer children = TypedInteger.parse(form.enfants());
            Integer handicaps = TypedInteger.parse(form.enfantsHandicapes());
            if (children == null || handicaps == null || handicaps <= children) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("enfantsHandicapes")
                    .addConstraintViolation();
            return false;
        }
    }
}
