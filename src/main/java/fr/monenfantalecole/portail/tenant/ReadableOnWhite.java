package fr.monenfantalecole.portail.tenant;

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
 * A brand colour as typed ({@link ColoursForm#normalise}) that carries white text at WCAG AA
 * contrast. Two messages, keys of i18n/tenant.properties: {@link #message()} when it is not a
 * #rrggbb colour, {@link #contrast()} when white text on it is too pale; the latter may say
 * {@code {couleur}}, {@code {ratio}} and {@code {suggestion}}, a nearby colour that passes.
 */
@Documented
@Constraint(validatedBy = ReadableOnWhite.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@interface ReadableOnWhite {

    String message();

    String contrast();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    final class Check implements ConstraintValidator<ReadableOnWhite, String> {

        private String contrast = "";

        @Override
        public void initialize(ReadableOnWhite annotation) {
            contrast = annotation.contrast();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            String colour = ColoursForm.normalise(value);
            if (!Contrast.isHexColour(colour)) {
                return false;
            }
            double ratio = Contrast.againstWhite(colour);
            if (ratio >= Contrast.AA_NORMAL_TEXT) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("couleur", colour)
                    .addMessageParameter("ratio", Contrast.format(ratio))
                    .addMessageParameter(
                            "suggestion", Contrast.suggestion(colour).orElseThrow())
                    .buildConstraintViolationWithTemplate(contrast)
                    .addConstraintViolation();
            return false;
        }
    }
}
