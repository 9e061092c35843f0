package fr.monenfantalecole.portail.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The iCalendar written, read back with ical4j and with biweekly. */
class AgendaCalendarTest {

    static final HolidayPeriod TOUSSAINT = HolidayPeriod.forParents(List.of(new Holiday(
                    "Vacances de la Toussaint",
                    "-",
                    LocalDate.of(2025, 10, 18),
                    LocalDate.of(2025, 11, 3),
                    "Rennes",
                    "Zone B",
                    "2025-2026")))
            .getFirst();
    static final AgendaEvent REUNION = new AgendaEvent(
            7,
            UUID.fromString("0f8b3c1e-5d2a-4c4e-9a55-3f0c8f2b6a11"),
            1,
            "0350256N",
            "Réunion de rentrée",
            EventCategory.REUNION,
            "Présentation de l'année.\n\nVenez nombreux.",
            "Salle polyvalente",
            false,
            LocalDateTime.of(2026, 11, 30, 18, 30),
            LocalDateTime.of(2026, 11, 30, 20, 0),
            false);
    static final AgendaEvent INSCRIPTIONS = new AgendaEvent(
            8,
            UUID.fromString("1f8b3c1e-5d2a-4c4e-9a55-3f0c8f2b6a12"),
            1,
            null,
            "Inscriptions scolaires",
            EventCategory.INSCRIPTION,
            "",
            "",
            true,
            LocalDateTime.of(2027, 1, 4, 0, 0),
            LocalDateTime.of(2027, 2, 12, 0, 0),
            false);

    static String feed() {
        return AgendaCalendar.write(
                "Agenda scolaire — Fougères",
                List.of(new AgendaCalendar.HolidayEntry(TOUSSAINT, "https://portail.example/fougeres/agenda")),
                List.of(
                        new AgendaCalendar.EventEntry(
                                REUNION, "https://portail.example/fougeres/agenda/7", "École Odile Gautry"),
                        new AgendaCalendar.EventEntry(INSCRIPTIONS, "https://portail.example/fougeres/agenda/8", null)),
                Instant.now());
    }

    @Test
    void ical4jReadsBackDatesTimesAndUids() throws Exception {
        String text = feed();
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("Agenda scolaire — Fougères");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(3);

        var holiday = events.get(0);
        assertThat(holiday.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2025, 10, 18));
        assertThat(holiday.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(holiday.getUid().orElseThrow().getValue())
                .isEqualTo(TOUSSAINT.uid())
                .endsWith("@monenfantalecole.fr");

        var reunion = events.get(1);
        ZonedDateTime start = (ZonedDateTime) reunion.getDateTimeStart().getDate();
        assertThat(start.toInstant()).isEqualTo(Instant.parse("2026-11-30T17:30:00Z"));
        assertThat(reunion.getUid().orElseThrow().getValue())
                .isEqualTo("0f8b3c1e-5d2a-4c4e-9a55-3f0c8f2b6a11@monenfantalecole.fr");
        assertThat(reunion.getUrl().getValue()).isEqualTo("https://portail.example/fougeres/agenda/7");
        assertThat(reunion.getLocation().getValue()).isEqualTo("Salle polyvalente");

        var inscriptions = events.get(2);
        assertThat(inscriptions.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2027, 2, 13));
        assertThat(text)
                .contains("DTSTART;VALUE=DATE:20251018")
                .contains("DTEND;VALUE=DATE:20251103")
                .contains("DTSTART;TZID=Europe/Paris:20261130T183000")
                .contains("DTSTAMP:");
    }

    @Test
    void biweeklyReadsTheSameThing() {
        ICalendar calendar = Biweekly.parse(feed()).first();
        assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("Agenda scolaire — Fougères");
        var events = calendar.getEvents();
        assertThat(events).hasSize(3);
        var holiday = events.get(0);
        assertThat(holiday.getDateStart().getValue().hasTime()).isFalse();
        var s = holiday.getDateStart().getValue().getRawComponents();
        var e = holiday.getDateEnd().getValue().getRawComponents();
        assertThat(LocalDate.of(s.getYear(), s.getMonth(), s.getDate())).isEqualTo(LocalDate.of(2025, 10, 18));
        assertThat(LocalDate.of(e.getYear(), e.getMonth(), e.getDate())).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(holiday.getUid().getValue()).isEqualTo(TOUSSAINT.uid());

        var reunion = events.get(1);
        assertThat(reunion.getDateStart().getValue().hasTime()).isTrue();
        assertThat(reunion.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-30T17:30:00Z"));
        assertThat(reunion.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-30T19:00:00Z"));
        assertThat(reunion.getDescription().getValue())
                .contains("École Odile Gautry")
                .contains("Venez nombreux.");
        assertThat(reunion.getSummary().getValue()).isEqualTo("Réunion de rentrée");
    }

    @Test
    void theSameItemsKeepTheirUids() {
        String first = feed();
        String second = feed();
        assertThat(uids(first)).isEqualTo(uids(second)).hasSize(3).doesNotHaveDuplicates();
    }

    static List<String> uids(String ics) {
        return Biweekly.parse(ics).first().getEvents().stream()
                .map(e -> e.getUid().getValue())
                .toList();
    }
}
