package fr.monenfantalecole.portail.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Demo events fall on plausible days, whatever the day the demo is loaded (the fête was once on 25 December). */
class DemoDatesTest {

    final DemoDates noOfficialCalendar = new DemoDates(day -> false);

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06", "2026-12-24", "2027-04-30", "2027-06-26", "2027-07-14", "2027-10-31"})
    void noEventOnAHolidayASundayOrAPublicHoliday(String loaded) {
        LocalDate today = LocalDate.parse(loaded);
        for (LocalDate day : new LocalDate[] {
            noOfficialCalendar.schoolDay(today.plusDays(1)),
            noOfficialCalendar.schoolDay(today.plusDays(8)),
            noOfficialCalendar.saturday(today.plusDays(33)),
            noOfficialCalendar.endOfYearFete(today)
        }) {
            assertThat(day.getDayOfWeek()).as(day.toString()).isNotEqualTo(DayOfWeek.SUNDAY);
            assertThat(DemoDates.publicHoliday(day))
                    .as(day + " is a public holiday")
                    .isFalse();
            assertThat(DemoDates.usualBreak(day) && day.getMonth() != Month.JUNE)
                    .as(day + " is in the holidays")
                    .isFalse();
            assertThat(day).isAfter(today);
        }
    }

    @Test
    void theEndOfYearFeteIsOnAFridayOfLateJune() {
        LocalDate fete = noOfficialCalendar.endOfYearFete(LocalDate.of(2026, 12, 6));
        assertThat(fete).isEqualTo(LocalDate.of(2027, 6, 25));
        assertThat(noOfficialCalendar.endOfYearFete(LocalDate.of(2027, 6, 26))).isEqualTo(LocalDate.of(2028, 6, 30));
    }

    @Test
    void aMeetingAvoidsTheOfficialHolidaysWhenTheCalendarKnowsThem() {
        var toussaint = new DemoDates(
                day -> !day.isBefore(LocalDate.of(2026, 10, 17)) && day.isBefore(LocalDate.of(2026, 11, 2)));
        assertThat(toussaint.schoolDay(LocalDate.of(2026, 10, 19))).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void knowsTheMovablePublicHolidays() {
        assertThat(fr.monenfantalecole.portail.periscolaire.PublicHolidays.easterSunday(2027))
                .isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(DemoDates.publicHoliday(LocalDate.of(2027, 5, 6)))
                .as("Ascension 2027")
                .isTrue();
        assertThat(DemoDates.publicHoliday(LocalDate.of(2027, 5, 17)))
                .as("Pentecost Monday 2027")
                .isTrue();
        assertThat(DemoDates.publicHoliday(LocalDate.of(2026, 12, 25))).isTrue();
    }
}
