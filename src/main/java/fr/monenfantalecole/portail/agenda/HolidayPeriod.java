package fr.monenfantalecole.portail.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A holiday as parents read it: the pupils' line of the official file, with the teachers' return
 * as a detail when it differs.
 *
 * @param fin exclusive: the morning pupils come back (equal to {@code debut} for a one-day marker)
 */
public record HolidayPeriod(
        String uid,
        String description,
        LocalDate debut,
        LocalDate fin,
        @Nullable LocalDate teachersReturn,
        String academie,
        String anneeScolaire) {

    /** The pupils' holidays of one académie, with the teachers' lines folded in as details. */
    public static List<HolidayPeriod> forParents(List<Holiday> lines) {
        List<HolidayPeriod> periods = new ArrayList<>();
        for (Holiday h : lines) {
            if (h.teachersOnly()) {
                continue;
            }
            LocalDate teachers = lines.stream()
                    .filter(t -> t.teachersOnly()
                            && t.description().equals(h.description())
                            && t.anneeScolaire().equals(h.anneeScolaire())
                            && !t.fin().equals(h.fin()))
                    .map(Holiday::fin)
                    .findFirst()
                    .orElse(null);
            periods.add(new HolidayPeriod(
                    Holidays.uid(h), h.description(), h.debut(), h.fin(), teachers, h.academie(), h.anneeScolaire()));
        }
        return periods;
    }

    public boolean marker() {
        return debut.equals(fin);
    }

    /** The last day without school (the day itself for a marker). */
    public LocalDate lastDay() {
        return marker() ? debut : fin.minusDays(1);
    }

    /** "Vacances de la Toussaint", "Début des vacances d'été". */
    public String titre() {
        if (description.isEmpty()) {
            return description;
        }
        String lower = description.substring(0, 1) + description.substring(1).toLowerCase(Locale.FRANCE);
        // Keep the proper names of the file: Toussaint, Noël, Ascension, Pâques, Pentecôte.
        for (String name : List.of("Toussaint", "Noël", "Ascension", "Pâques", "Pentecôte", "Carnaval")) {
            lower = lower.replace(name.toLowerCase(Locale.FRANCE), name);
        }
        return lower;
    }

    /**
     * "fin des cours samedi 18 octobre 2025, reprise lundi 3 novembre 2025 au matin". The file
     * gives the first day without school; when it is not a Saturday (a "pont"), that day is named.
     */
    public String quand() {
        String first = debut.getDayOfWeek() == DayOfWeek.SATURDAY
                ? "fin des cours " + FrenchDates.day(debut)
                : "pas de classe à partir du " + FrenchDates.day(debut);
        if (marker()) {
            return first;
        }
        return first + ", reprise " + FrenchDates.day(fin) + " au matin";
    }

    /** "Vacances de la Toussaint : fin des cours samedi 18 octobre 2025, reprise lundi 3 novembre 2025 au matin". */
    public String phrase() {
        return titre() + " : " + quand();
    }

    /** The teachers' return when it differs from the pupils' one, as a detail. */
    public @Nullable String detailEnseignants() {
        return teachersReturn == null ? null : "Les enseignants reprennent le " + FrenchDates.day(teachersReturn) + ".";
    }

    public boolean covers(LocalDate day) {
        return marker() ? day.equals(debut) : !day.isBefore(debut) && day.isBefore(fin);
    }
}
