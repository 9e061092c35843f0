package fr.monenfantalecole.portail.agenda.web;

import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.EventCategory;
import fr.monenfantalecole.portail.shared.PlausibleDate;
import fr.monenfantalecole.portail.shared.web.TypedDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** An event as typed in the back office; dates JJ/MM/AAAA (or AAAA-MM-JJ), hours HH:MM (or 18h30). */
public record EventForm(
        @Nullable String titre,
        @Nullable String categorie,
        @Nullable String ecole,
        @Nullable String lieu,
        @Nullable String description,
        @Nullable String dateDebut,
        @Nullable String heureDebut,
        @Nullable String dateFin,
        @Nullable String heureFin) {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:[:hH]\\s*(\\d{2})?)?");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

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

    /** The errors by field, French and next to it, or the event to save. */
    record Validation(Map<String, String> errors, AgendaEvent.@Nullable Data data) {}

    Validation validate(Set<String> schools) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = trim(titre);
        if (title == null) {
            errors.put("titre", "Donnez un titre à l'événement.");
        } else if (title.length() > 150) {
            errors.put("titre", "Le titre est trop long : 150 caractères au plus.");
        }
        EventCategory category = EventCategory.fromCode(categorie);
        if (category == null) {
            errors.put("categorie", "Choisissez le type d'événement.");
        }
        String uai = trim(ecole);
        if (uai != null && !schools.contains(uai)) {
            errors.put("ecole", "Choisissez une école de la liste, ou « Toute la collectivité ».");
        }
        String trimmedPlace = trim(lieu);
        String place = trimmedPlace == null ? "" : trimmedPlace;
        if (place.length() > 200) {
            errors.put("lieu", "Le lieu est trop long : 200 caractères au plus.");
        }
        String text = description == null ? "" : description.strip();
        if (text.length() > 5000) {
            errors.put("description", "La description est trop longue : 5 000 caractères au plus.");
        }
        LocalDate startDay = date(dateDebut);
        if (trim(dateDebut) == null) {
            errors.put("dateDebut", "Indiquez la date de début au format JJ/MM/AAAA (par exemple 30/11/2026).");
        } else if (startDay == null) {
            errors.put(
                    "dateDebut",
                    "La date de début n'est pas une date valide : écrivez-la au format JJ/MM/AAAA (par exemple 30/11/2026).");
        }
        if (startDay != null && PlausibleDate.problem(startDay, "La date de début") != null) {
            errors.put("dateDebut", PlausibleDate.problem(startDay, "La date de début"));
            startDay = null;
        }
        LocalDate endDay = date(dateFin);
        if (trim(dateFin) != null && endDay == null) {
            errors.put(
                    "dateFin",
                    "La date de fin n'est pas une date valide : écrivez-la au format JJ/MM/AAAA, ou laissez-la vide pour un seul jour.");
        } else if (endDay != null && PlausibleDate.problem(endDay, "La date de fin") != null) {
            errors.put("dateFin", PlausibleDate.problem(endDay, "La date de fin"));
        }
        LocalTime startTime = time(heureDebut);
        if (trim(heureDebut) != null && startTime == null) {
            errors.put(
                    "heureDebut",
                    "L'heure de début n'est pas valide : écrivez-la au format HH:MM (par exemple 18:30).");
        }
        LocalTime endTime = time(heureFin);
        if (trim(heureFin) != null && endTime == null) {
            errors.put("heureFin", "L'heure de fin n'est pas valide : écrivez-la au format HH:MM (par exemple 20:00).");
        } else if (endTime != null && trim(heureDebut) == null) {
            errors.put(
                    "heureDebut",
                    "Indiquez aussi l'heure de début, ou effacez l'heure de fin pour un événement sur toute la journée.");
        }
        boolean allDay = trim(heureDebut) == null;
        LocalDateTime start = null;
        LocalDateTime end = null;
        if (startDay != null
                && !errors.containsKey("dateFin")
                && !errors.containsKey("heureDebut")
                && !errors.containsKey("heureFin")) {
            LocalDate lastDay = endDay == null ? startDay : endDay;
            if (allDay) {
                start = startDay.atStartOfDay();
                end = lastDay.atStartOfDay();
            } else {
                start = startDay.atTime(startTime);
                if (endTime == null && !lastDay.equals(startDay)) {
                    errors.put("heureFin", "Indiquez l'heure de fin de l'événement, qui dure plusieurs jours.");
                }
                end = lastDay.atTime(endTime == null ? startTime : endTime);
            }
            if (end.isBefore(start)) {
                errors.put(
                        lastDay.isBefore(startDay) ? "dateFin" : "heureFin",
                        "La fin de l'événement ne peut pas précéder son début.");
            }
        }
        if (!errors.isEmpty() || title == null || category == null || start == null || end == null) {
            return new Validation(errors, null);
        }
        return new Validation(errors, new AgendaEvent.Data(uai, title, category, text, place, allDay, start, end));
    }

    static @Nullable LocalDate date(@Nullable String value) {
        return TypedDate.parse(value);
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
}
