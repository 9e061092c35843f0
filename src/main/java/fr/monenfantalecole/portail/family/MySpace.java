package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.agenda.Agenda;
import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.HolidayPeriod;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.sector.CarteScolaire;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What "Mon espace" gathers for a household: each child with their school, the agenda of those
 * schools merged with the collectivité's and the holidays, and the sector schools of the adult's
 * address. The personal agenda feed reads the same events.
 */
@Service
public class MySpace {

    /** A child with the school the portal knows for them (null when "other" or not in the territory). */
    public record ChildAtSchool(Child child, @Nullable Etablissement ecole) {}

    private final Children children;
    private final SchoolDirectory schools;
    private final Agenda agenda;
    private final CarteScolaire carteScolaire;
    private final Clock clock;

    MySpace(Children children, SchoolDirectory schools, Agenda agenda, CarteScolaire carteScolaire, Clock clock) {
        this.children = children;
        this.schools = schools;
        this.agenda = agenda;
        this.carteScolaire = carteScolaire;
        this.clock = clock;
    }

    public List<ChildAtSchool> children(Collectivite portal, long adultId) {
        Map<String, Etablissement> byUai = new LinkedHashMap<>();
        schools.presented(portal).forEach(e -> byUai.put(e.uai(), e));
        return children.of(adultId).stream()
                .map(c -> new ChildAtSchool(c, c.uai() == null ? null : byUai.get(c.uai())))
                .toList();
    }

    /** The events of the children's schools and of the collectivité, from {@code from} to {@code to}, by date. */
    public List<AgendaEvent> events(Collectivite portal, long adultId, LocalDate from, LocalDate to) {
        return events(portal, children.of(adultId), from, to);
    }

    /** The same for children already read (the page that lists them reads them once). */
    public List<AgendaEvent> events(Collectivite portal, List<Child> kids, LocalDate from, LocalDate to) {
        var uais = kids.stream()
                .map(Child::uai)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, AgendaEvent> events = new LinkedHashMap<>();
        agenda.events(portal, null, from, to).stream()
                .filter(e -> e.uai() == null || uais.contains(e.uai()))
                .forEach(e -> events.put(e.id(), e));
        return events.values().stream()
                .sorted(Comparator.comparing(AgendaEvent::debut))
                .toList();
    }

    public List<HolidayPeriod> holidays(Collectivite portal, LocalDate from, LocalDate to) {
        return agenda.holidays(portal, from, to);
    }

    /** The sector schools of the adult's address, or null when they gave none. */
    public CarteScolaire.@Nullable Result sector(Collectivite portal, Adult adult) {
        String address = adult.adresseComplete();
        return address.isBlank() ? null : carteScolaire.lookup(portal, address, null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
