package fr.monenfantalecole.portail.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.shared.TypedEuros;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EuroAmountTest {

    record Form(
            @EuroAmount(message = "montant", maxCents = 100_000_00L) @Nullable
            String prix) {}

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static boolean valid(@Nullable String typed) {
        return validator.validate(new Form(typed)).isEmpty();
    }

    @Test
    void readsAmountsAsTypedInFrench() {
        assertThat(TypedEuros.cents("3,80")).isEqualTo(380L);
        assertThat(TypedEuros.cents("1 234,56 €")).isEqualTo(123_456L);
        assertThat(TypedEuros.cents("1\u202f234.5")).isEqualTo(123_450L);
        assertThat(TypedEuros.cents("12 €")).isEqualTo(1_200L);
        assertThat(TypedEuros.cents("0")).isZero();
        assertThat(TypedEuros.cents("999999999,99")).isEqualTo(99_999_999_999L);
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThat(TypedEuros.cents(null)).isNull();
        assertThat(TypedEuros.cents("  ")).isNull();
        assertThat(TypedEuros.cents("3,805")).isNull();
        assertThat(TypedEuros.cents("-3")).isNull();
        assertThat(TypedEuros.cents("trois euros")).isNull();
        assertThat(TypedEuros.cents("1234567890")).isNull();
    }

    @Test
    void theConstraintLetsBlankThroughAndChecksTheRest() {
        assertThat(valid(null)).isTrue();
        assertThat(valid("")).isTrue();
        assertThat(valid("742,50")).isTrue();
        assertThat(valid("100 000")).isTrue();
        assertThat(valid("100 000,01")).isFalse();
        assertThat(valid("742,505")).isFalse();
        assertThat(validator.validate(new Form("abc")).iterator().next().getMessage())
                .isEqualTo("montant");
    }
}
