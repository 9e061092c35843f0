package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.shared.web.FrenchDate;
import fr.monenfantalecole.portail.shared.web.TypedDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * An event as typed in the back office (bound as "eventForm": its messages are in
 * i18n/agenda.properties); dates JJ/MM/AAAA (or AAAA-MM-JJ), hours HH:MM (or 18h30). The texts are
 * kept stripped, as they are saved.
 */
public record EventForm(
        @NotBlank @Size(max = 150) @Nullable String titre,
        @Nullable String categorie,
        @Nullable String ecole,
        @Size(max = 200) @Nullable String lieu,
        @Size(max = 5000) @Nullable String description,

        @FrenchDate(
                missing = "{agenda.dateDebut.manquante}",
                message = "{agenda.dateDebut.format}",
                plausible = "{agenda.dateDebut.plausible}")
        @Nullable
        String dateDebut,

        @HourOfDay(message = "{agenda.heureDebut.format}") @Nullable
        String heureDebut,

        @FrenchDate(required = false, message = "{agenda.dateFin.format}", plausible = "{agenda.dateFin.plausible}")
        @Nullable
        String dateFin,

        @HourOfDay(message = "{agenda.heureFin.format}") @Nullable
        String heureFin) {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:[:hH]\\s*(\\d{2})?)?");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    public EventForm {
        titre = titre == null ? null : titre.strip();
        lieu = lieu == null ? null : lieu.strip();
        description = description == null ? null : description.strip();
    }

    static EventForm empty() {
        return new EventForm("", EventCategory.REUNION.code(), "", "", "", "", "", "", "");
    }

    static EventForm of(AgendaEvent e) {
        boolean sameDay = e.firstDay().equals(e.lastDay());
        return new EventForm(
                e.titre(),
                e.categorie().code(),
                e.uai() == null ? "" : e.uai(),
                e.lieu(),
                e.description(),
                FRENCH.format(e.firstDay()),
                e.journeeEntiere() ? "" : HOUR.format(e.debut()),
                sameDay ? "" : FRENCH.format(e.lastDay()),
                e.journeeEntiere() || e.fin().equals(e.debut()) ? "" : HOUR.format(e.fin()));
    }

    /**
     * The rules Bean Validation cannot see: the type among the list, the school among {@code schools}
     * (the UAIs of the collectivité's establishments), and how the start and the end fit together,
     * once each of the four dates and hours is readable.
     */
    void check(Set<String> schools, Errors result) {
        if (EventCategory.fromCode(categorie) == null) {
            result.rejectValue("categorie", "agenda.categorie");
        }
        String uai = trim(ecole);
        if (uai != null && !schools.contains(uai)) {
            result.rejectValue("ecole", "agenda.ecole");
        }
        if (time(heureFin) != null && trim(heureDebut) == null) {
            result.rejectValue("heureDebut", "agenda.heureDebut.manquante");
        }
        if (Stream.of("dateDebut", "heureDebut", "dateFin", "heureFin").anyMatch(result::hasFieldErrors)) {
            return;
        }
        LocalDate startDay = checked(TypedDate.parse(dateDebut));
        LocalDate lastDay = lastDay(startDay);
        if (trim(heureDebut) != null && time(heureFin) == null && !lastDay.equals(startDay)) {
            result.rejectValue("heureFin", "agenda.heureFin.manquante");
        }
        var span = span();
        if (span.end().isBefore(span.start())) {
            result.rejectValue(lastDay.isBefore(startDay) ? "dateFin" : "heureFin", "agenda.fin.avantDebut");
        }
    }

    /** Only once the form is valid ({@code @Valid} and {@link #check}): the event to save. */
    AgendaEvent.Data data() {
        var span = span();
        String uai = trim(ecole);
        return new AgendaEvent.Data(
                uai,
                checked(titre),
                checked(EventCategory.fromCode(categorie)),
                description == null ? "" : description,
                lieu == null ? "" : lieu,
                trim(heureDebut) == null,
                span.start(),
                span.end());
    }

    private record Span(LocalDateTime start, LocalDateTime end) {}

    /** From the start to the end, once the dates and hours are readable; an all-day event starts at midnight. */
    private Span span() {
        LocalDate startDay = checked(TypedDate.parse(dateDebut));
        LocalDate lastDay = lastDay(startDay);
        LocalTime startTime = time(heureDebut);
        if (startTime == null) {
            return new Span(startDay.atStartOfDay(), lastDay.atStartOfDay());
        }
        LocalTime endTime = time(heureFin);
        return new Span(startDay.atTime(startTime), lastDay.atTime(endTime == null ? startTime : endTime));
    }

    private LocalDate lastDay(LocalDate startDay) {
        LocalDate endDay = TypedDate.parse(dateFin);
        return endDay == null ? startDay : endDay;
    }

    static @Nullable LocalTime time(@Nullable String value) {
        String v = trim(value);
        if (v == null) {
            return null;
        }
        var m = TIME.matcher(v);
        if (!m.matches() || (m.group(2) == null && !v.toLowerCase().contains("h"))) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return null;
        }
        return LocalTime.of(hour, minute);
    }

    private static @Nullable String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T checked(@Nullable T value) {
        return Objects.requireNonNull(value, "checked by Bean Validation and check()");
    }
}
