package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void easterSundaysOfKnownYears() {
        assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void easterBasedAndFixedHolidays() {
        assertThat(PublicHolidays.of(LocalDate.of(2027, 3, 29))).hasValue("lundi de Pâques");
        assertThat(PublicHolidays.of(LocalDate.of(2027, 5, 6))).hasValue("Ascension");
        assertThat(PublicHolidays.of(LocalDate.of(2027, 5, 17))).hasValue("lundi de Pentecôte");
        assertThat(PublicHolidays.of(LocalDate.of(2026, 11, 11))).hasValue("Armistice 1918");
        assertThat(PublicHolidays.of(LocalDate.of(2026, 5, 8))).hasValue("Victoire 1945");
        assertThat(PublicHolidays.is(LocalDate.of(2027, 3, 30))).isFalse();
    }
}
