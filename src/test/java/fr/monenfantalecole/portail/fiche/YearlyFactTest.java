package fr.monenfantalecole.portail.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearlyFactTest {

    private static LocalDate from(String valablePour) {
        var fact = YearlyFact.parse("Montant | " + valablePour + " | caf.fr").fact();
        assertThat(fact).as(valablePour).isPresent();
        return fact.orElseThrow().validFrom().orElseThrow();
    }

    @Test
    void theValidityIsReadAsItsFirstDay() {
        assertThat(from("2025-2026")).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(from("2025 – 2026")).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(from("1er avril 2025")).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(from("d'avril 2025 à mars 2026")).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(from("22 mars 2016 (arrêté)")).isEqualTo(LocalDate.of(2016, 3, 22));
        assertThat(from("session 2026")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(from("déclaration 2025 (revenus 2024)")).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void anEntryWithoutAYearOrAPartIsRefusedWithWhatToWrite() {
        assertThat(YearlyFact.parse("Montant de l'ARS | à la rentrée | caf.fr").errors())
                .singleElement()
                .asString()
                .contains("l'année pour laquelle le fait est valable");
        assertThat(YearlyFact.parse("Montant de l'ARS | 2025").errors())
                .singleElement()
                .asString()
                .contains("trois parties");
        assertThat(YearlyFact.parse(" | 2025 | ").errors()).hasSize(2);
    }

    @Test
    void theFrontMatterListIsReadWithTheSheet() {
        var parsed = FicheFile.parse("""
                ---
                id: AID-001
                theme: aides-financieres
                niveau: tous
                titre: Question ?
                a_reverifier:
                  - Montants de l'ARS | 2025-2026 | Service-public.fr
                ---
                ## En bref

                Texte.

                ## En détail

                Détail.
                """);
        assertThat(parsed.fiche()).isNotNull();
        assertThat(parsed.fiche().content().aReverifier())
                .containsExactly("Montants de l'ARS | 2025-2026 | Service-public.fr");
    }
}
