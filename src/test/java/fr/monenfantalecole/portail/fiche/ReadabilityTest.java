package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void aFallbackWithADollarOrABackslashIsScoredAsText() {
        String markdown = """
                ## En bref

                Le tarif est de {{local:cantine.tarifs | 3 $ par repas, ou 2\\1 selon le quotient}} pour un enfant.
                """;
        assertThatCode(() -> Readability.of(markdown)).doesNotThrowAnyException();
        assertThat(Readability.of(markdown).words()).isPositive();
    }
}
