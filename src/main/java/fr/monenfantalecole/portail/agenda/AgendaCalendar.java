package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.shared.PortailClock;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * Writes agenda feeds as iCalendar (RFC 5545) with ical4j. All-day items are VALUE=DATE with an
 * exclusive DTEND, timed events are Europe/Paris times with the zone's VTIMEZONE, and every item
 * keeps the same UID from one request (and restart) to the next.
 */
public final class AgendaCalendar {

    public static final String UID_DOMAIN = "monenfantalecole.fr";
    /** The portal's zone, under the name the open-data feeds read it by. */
    public static final ZoneId PARIS = PortailClock.ZONE;

    static final String PRODUCT = "-//Mon enfant à l'école//Agenda 1.0//FR";

    private AgendaCalendar() {}

    /** An event with its page's absolute address and, for a school's event, the school's name. */
    public record EventEntry(
            AgendaEvent event, String url, @Nullable String ecole) {}

    /** A holiday with the address of the agenda page that shows it. */
    public record HolidayEntry(HolidayPeriod holiday, String url) {}

    /** The feed, stamped (DTSTAMP) with the time it is written. */
    public static String write(
            String calendarName, List<HolidayEntry> holidays, List<EventEntry> events, Instant writtenAt) {
        return write(calendarName, null, holidays, events, writtenAt);
    }

    /**
     * The feed with a description of the calendar (X-WR-CALDESC, which calendar applications show with its
     * name): where the official holidays end when the next edition is not published yet.
     */
    public static String write(
            String calendarName,
            @Nullable String calendarDescription,
            List<HolidayEntry> holidays,
            List<EventEntry> events,
            Instant writtenAt) {
        var stamp = new DtStamp(writtenAt.truncatedTo(ChronoUnit.SECONDS));
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", PARIS.getId()));
        if (calendarDescription != null) {
            calendar.add(new XProperty("X-WR-CALDESC", calendarDescription));
        }
        if (events.stream().anyMatch(e -> !e.event().journeeEntiere())) {
            calendar.add(TimeZoneRegistryFactory.getInstance()
                    .createRegistry()
                    .getTimeZone(PARIS.getId())
                    .getVTimeZone());
        }
        for (HolidayEntry entry : holidays) {
            var h = entry.holiday();
            var event = new VEvent(h.debut(), h.marker() ? h.debut().plusDays(1) : h.fin(), h.titre());
            event.replace(stamp);
            event.add(new Uid(h.uid()));
            String detail = capitalise(h.quand()) + ".";
            if (h.detailEnseignants() != null) {
                detail += " " + h.detailEnseignants();
            }
            event.add(new Description(
                    detail + " Académie de " + h.academie() + ", année scolaire " + h.anneeScolaire() + "."));
            event.add(new Categories("Vacances scolaires"));
            event.add(new Url(URI.create(entry.url())));
            calendar.add(event);
        }
        for (EventEntry entry : events) {
            var e = entry.event();
            VEvent event;
            if (e.journeeEntiere()) {
                event = new VEvent(e.firstDay(), e.lastDay().plusDays(1), e.titre());
            } else if (e.debut().equals(e.fin())) {
                event = new VEvent(e.debut().atZone(PARIS), e.titre());
            } else {
                event = new VEvent(e.debut().atZone(PARIS), e.fin().atZone(PARIS), e.titre());
            }
            event.replace(stamp);
            event.add(new Uid(e.uid() + "@" + UID_DOMAIN));
            List<String> description = new ArrayList<>();
            if (entry.ecole() != null) {
                description.add(entry.ecole());
            }
            if (!e.description().isBlank()) {
                description.add(e.description().strip());
            }
            if (!description.isEmpty()) {
                event.add(new Description(String.join("\n\n", description)));
            }
            String location = e.lieu().isBlank() ? entry.ecole() : e.lieu().strip();
            if (location != null) {
                event.add(new Location(location));
            }
            event.add(new Categories(e.categorie().libelle()));
            event.add(new Url(URI.create(entry.url())));
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
