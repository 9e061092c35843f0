package fr.monenfantalecole.portail.agenda;

import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.shared.JsonLd;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import org.jspecify.annotations.Nullable;

/** An event as schema.org reads it: dates with their Paris offset (days only when all day), place, organiser. */
final class EventJsonLd {

    private EventJsonLd() {}

    static String of(AgendaEvent e, Collectivite collectivite, Site site, @Nullable Etablissement school) {
        String origin = AbsoluteUrls.origin();
        var event = JsonLd.object("Event");
        event.put("name", e.titre());
        event.put("url", origin + site.link("/agenda/" + e.id()));
        JsonLd.put(event, "description", e.description().strip());
        if (e.journeeEntiere()) {
            event.put("startDate", e.firstDay().toString());
            event.put("endDate", e.lastDay().toString());
        } else {
            event.put(
                    "startDate",
                    e.debut().atZone(PortailClock.ZONE).toOffsetDateTime().toString());
            event.put(
                    "endDate",
                    e.fin().atZone(PortailClock.ZONE).toOffsetDateTime().toString());
        }
        event.put("eventStatus", "https://schema.org/EventScheduled");
        event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        event.put("inLanguage", "fr");
        var place = JsonLd.nested("Place");
        place.put("name", !e.lieu().isBlank() ? e.lieu().strip() : school != null ? school.nom() : collectivite.nom());
        var address = JsonLd.nested("PostalAddress");
        if (school != null) {
            JsonLd.put(address, "streetAddress", school.adresse1());
            JsonLd.put(address, "postalCode", school.codePostal());
            address.put("addressLocality", school.nomCommune());
        } else {
            address.put("addressLocality", collectivite.nom());
        }
        address.put("addressCountry", "FR");
        place.put("address", address);
        event.put("location", place);
        var organizer = JsonLd.nested(school != null ? "School" : "GovernmentOrganization");
        organizer.put("name", school != null ? school.nom() : collectivite.nom());
        organizer.put("url", origin + (school != null ? site.link("/ecoles/" + school.uai()) : site.home()));
        event.put("organizer", organizer);
        return JsonLd.script(event);
    }
}
