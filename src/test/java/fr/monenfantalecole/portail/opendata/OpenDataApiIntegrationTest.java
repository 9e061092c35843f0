package fr.monenfantalecole.portail.opendata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.monenfantalecole.portail.agenda.AgendaEvent;
import fr.monenfantalecole.portail.agenda.AgendaEvents;
import fr.monenfantalecole.portail.agenda.EventCategory;
import fr.monenfantalecole.portail.fiche.LocalFiches;
import fr.monenfantalecole.portail.fiche.Niveau;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API of contents: what each portal shows, nothing of another collectivité. */
@PortailTest
class OpenDataApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    @Autowired
    LocalFiches localFiches;

    @Autowired
    Actualites actualites;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    AgendaEvents events;

    long id(String slug) {
        return collectivites.findBySlug(slug).orElseThrow().id();
    }

    @Test
    void sheetsAreListedAndRenderedWithLocalData() throws Exception {
        mvc.perform(get("/api/v1/fougeres/fiches"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(greaterThan(100)))
                .andExpect(jsonPath("$.fiches[*].id").value(hasItem("CAN-001")))
                .andExpect(jsonPath("$.fiches[0].theme.id").isString())
                .andExpect(jsonPath("$.fiches[0].url").value(startsWith("http://localhost/fougeres/questions/")))
                .andExpect(jsonPath("$.fiches[*].updated").value(everyItem(startsWith("20"))));
        mvc.perform(get("/api/v1/fougeres/fiches/CAN-001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("La commune est-elle obligée d'avoir une cantine ?"))
                .andExpect(jsonPath("$.theme.id").value("cantine"))
                .andExpect(jsonPath("$.detailHtml").value(containsString("<h3>")))
                .andExpect(jsonPath("$.summaryText").value(startsWith("Non, la commune")))
                .andExpect(jsonPath("$.detailHtml").value(not(containsString("{{"))));
    }

    @Test
    void aLocalSheetIsOnlyItsCollectivites() throws Exception {
        long ref = localFiches.create(
                id("rennes"),
                "cantine",
                Niveau.TOUS,
                "Fiche rennaise de l'API",
                "Bref rennais.",
                "Détail rennais.",
                true,
                null);
        mvc.perform(get("/api/v1/rennes/fiches/L" + ref))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.local").value(true))
                .andExpect(jsonPath("$.summaryHtml").value(containsString("Bref rennais")));
        mvc.perform(get("/api/v1/rennes/fiches"))
                .andExpect(jsonPath("$.fiches[*].id").value(hasItem("L" + ref)));
        mvc.perform(get("/api/v1/fougeres/fiches/L" + ref))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.erreur").value(containsString("Fiche introuvable")));
        mvc.perform(get("/api/v1/fougeres/fiches"))
                .andExpect(jsonPath("$.fiches[*].id").value(not(hasItem("L" + ref))));
    }

    @Test
    void unknownCollectiviteIsAJson404() throws Exception {
        for (String path : new String[] {"fiches", "fiches/CAN-001", "actualites", "etablissements", "agenda"}) {
            mvc.perform(get("/api/v1/atlantis/" + path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/json"))
                    .andExpect(jsonPath("$.erreur").value("Collectivité inconnue : atlantis"));
        }
    }

    @Test
    void newsOfOneCollectiviteStayOnItsPortal() throws Exception {
        long news = actualites.create(
                id("saint-malo"),
                "Actualité malouine de l'API",
                "Résumé.",
                "**Corps**.",
                LocalDate.now().minusDays(1),
                null);
        mvc.perform(get("/api/v1/saint-malo/actualites"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actualites[*].title").value(hasItem("Actualité malouine de l'API")));
        mvc.perform(get("/api/v1/saint-malo/actualites/" + news))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bodyHtml").value(containsString("<strong>Corps</strong>")))
                .andExpect(jsonPath("$.url").value(startsWith("http://localhost/saint-malo/actualites/" + news + "-")));
        mvc.perform(get("/api/v1/fougeres/actualites"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actualites[*].title").value(not(hasItem("Actualité malouine de l'API"))));
        mvc.perform(get("/api/v1/fougeres/actualites/" + news))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.erreur").exists());
    }

    @Test
    void establishmentsOfTheTerritoryOnly() throws Exception {
        var fougeres = collectivites.findBySlug("fougeres").orElseThrow();
        String uai = directory.presented(fougeres).getFirst().uai();
        mvc.perform(get("/api/v1/fougeres/etablissements"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.etablissements[*].uai").value(hasItem(uai)))
                .andExpect(jsonPath("$.etablissements[0].rubriques").doesNotExist());
        mvc.perform(get("/api/v1/fougeres/etablissements/" + uai))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uai").value(uai))
                .andExpect(jsonPath("$.address.communeCode").value("35115"));
        // École Odile Gautry: the demo director's rubriques, in Fougères' order, validated content only.
        mvc.perform(get("/api/v1/fougeres/etablissements/0350256N"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rubriques.length()").value(10))
                .andExpect(jsonPath("$.rubriques[0].title").value("Fiche d'identité"))
                .andExpect(jsonPath("$.rubriques[?(@.html != null)]").isNotEmpty())
                .andExpect(jsonPath("$.rubriques[?(@.title == 'Règlement intérieur')].documents[0].url")
                        .value(hasItem(startsWith("http://localhost/"))));
        mvc.perform(get("/api/v1/saint-malo/etablissements/" + uai))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.erreur").exists());
    }

    @Test
    void agendaWithHolidaysEventsAndFilters() throws Exception {
        var fougeres = collectivites.findBySlug("fougeres").orElseThrow();
        String uai = directory.presented(fougeres).getFirst().uai();
        LocalDate day = LocalDate.now().plusDays(20);
        long event = events.create(
                fougeres.id(),
                new AgendaEvent.Data(
                        uai,
                        "Réunion de l'API",
                        EventCategory.REUNION,
                        "Description.",
                        "Salle des fêtes",
                        false,
                        day.atTime(18, 30),
                        day.atTime(20, 0)),
                null,
                false);
        mvc.perform(get("/api/v1/fougeres/agenda").param("du", day.toString()).param("au", day.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[*].id").value(hasItem((int) event)))
                .andExpect(jsonPath("$.events[?(@.id == " + event + ")].start")
                        .value(hasItem(containsString("T18:30:00+0"))));
        mvc.perform(get("/api/v1/fougeres/agenda").param("du", "2025-09-01").param("au", "2026-08-31"))
                .andExpect(jsonPath("$.holidays[*].title").value(hasItem("Vacances de la Toussaint")));
        mvc.perform(get("/api/v1/vitre/agenda").param("du", day.toString()).param("au", day.toString()))
                .andExpect(jsonPath("$.events[*].id").value(not(hasItem((int) event))));
        // A one-day event ends, exclusively, at midnight the next day (as in the iCalendar file).
        LocalDate fete = LocalDate.now().plusDays(30);
        long allDay = events.create(
                fougeres.id(),
                new AgendaEvent.Data(
                        null,
                        "Journée portes ouvertes de l'API",
                        EventCategory.AUTRE,
                        "",
                        "",
                        true,
                        fete.atStartOfDay(),
                        fete.atStartOfDay()),
                null,
                false);
        mvc.perform(get("/api/v1/fougeres/agenda").param("du", fete.toString()).param("au", fete.toString()))
                .andExpect(jsonPath("$.events[?(@.id == " + allDay + ")].end")
                        .value(hasItem(startsWith(fete.plusDays(1) + "T00:00:00+0"))));
        mvc.perform(get("/api/v1/fougeres/agenda").param("du", "hier"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("AAAA-MM-JJ")));
        mvc.perform(get("/api/v1/fougeres/agenda").param("ecole", "9999999Z")).andExpect(status().isNotFound());
    }
}
