package fr.monenfantalecole.portail.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class SirenNumberTest {

    record Form(@SirenNumber(message = "SIREN faux") String siren) {}

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    private java.util.List<String> messages(String typed) {
        return validator.validate(new Form(typed)).stream()
                .map(ConstraintViolation::getMessage)
                .toList();
    }

    @Test
    void acceptsNineDigitsWithTheirLuhnKeyTypedWithSpaces() {
        assertThat(messages("213501158")).isEmpty();
        assertThat(messages(" 213 501 158 ")).isEmpty();
        assertThat(SirenNumber.Check.digits(" 213 501 158 ")).isEqualTo("213501158");
    }

    @Test
    void leavesAnEmptyFieldToNotBlank() {
        assertThat(messages(null)).isEmpty();
        assertThat(messages("   ")).isEmpty();
        assertThat(SirenNumber.Check.digits("  ")).isNull();
    }

    @Test
    void refusesAWrongKeyAWrongLengthAndLetters() {
        assertThat(messages("213501159")).containsExactly("SIREN faux");
        assertThat(messages("21350115")).containsExactly("SIREN faux");
        assertThat(messages("2135011580")).containsExactly("SIREN faux");
        assertThat(messages("21350115A")).containsExactly("SIREN faux");
    }
}
