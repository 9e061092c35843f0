package fr.monenfantalecole.portail.periscolaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.shared.PortailClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class PrevenanceTest {

    private static final Prevenance TWO_DAYS_AT_TEN = Prevenance.USUELLE;

    @Test
    void twoWorkingDaysBeforeAtTenIsTheLastMomentExcluded() {
        LocalDate thursday = LocalDate.of(2027, 1, 14);
        assertThat(TWO_DAYS_AT_TEN.limite(thursday)).isEqualTo(LocalDateTime.of(2027, 1, 12, 10, 0));
        assertThat(TWO_DAYS_AT_TEN.ouverte(thursday, paris(2027, 1, 12, 9, 59, 59)))
                .isTrue();
        assertThat(TWO_DAYS_AT_TEN.ouverte(thursday, paris(2027, 1, 12, 10, 0, 0)))
                .isFalse();
        assertThat(TWO_DAYS_AT_TEN.limiteTexte(thursday)).isEqualTo("jusqu'au mardi 12 janvier 2027 à 10 h");
    }

    @Test
    void weekendsAndPublicHolidaysAreNotWorkingDays() {
        // Monday 11 January 2027: two working days before is Thursday 7.
        assertThat(TWO_DAYS_AT_TEN.limite(LocalDate.of(2027, 1, 11))).isEqualTo(LocalDateTime.of(2027, 1, 7, 10, 0));
        // Wednesday 8 April 2026 counts back over Easter Monday (6 April): Tuesday 7, then Friday 3.
        assertThat(TWO_DAYS_AT_TEN.limite(LocalDate.of(2026, 4, 8))).isEqualTo(LocalDateTime.of(2026, 4, 3, 10, 0));
    }

    @Test
    void summerTimeDoesNotMoveTheDeadline() {
        // The clocks change on Sunday 28 March 2027 (Easter, so Monday 29 is a holiday too): the deadline
        // of Wednesday 31 stays at 18:30 Paris time on Tuesday 30, and Tuesday 30's is Friday 26.
        var p = new Prevenance(1, LocalTime.of(18, 30));
        LocalDate wednesday = LocalDate.of(2027, 3, 31);
        assertThat(p.ouverte(wednesday, paris(2027, 3, 30, 18, 29, 59))).isTrue();
        assertThat(p.ouverte(wednesday, paris(2027, 3, 30, 18, 30, 0))).isFalse();
        assertThat(p.limite(LocalDate.of(2027, 3, 30))).isEqualTo(LocalDateTime.of(2027, 3, 26, 18, 30));
        assertThat(p.regle()).isEqualTo("jusqu'à 18 h 30, 1 jour ouvré avant");
    }

    @Test
    void sameDayRule() {
        var p = new Prevenance(0, LocalTime.of(9, 0));
        assertThat(p.limite(LocalDate.of(2027, 1, 14))).isEqualTo(LocalDateTime.of(2027, 1, 14, 9, 0));
    }

    private static java.time.Instant paris(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(PortailClock.ZONE).toInstant();
    }
}
