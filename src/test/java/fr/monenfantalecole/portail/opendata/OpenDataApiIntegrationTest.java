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
import fr.monenfantalecole.portail.rubrique.PublishedSchoolPage;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.School;
import fr.monenfantalecole.portail.support.World;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API of contents: what each portal shows, nothing of another collectivité. */
@PortailTest
class OpenDataApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LocalFiches localFiches;

    @Autowired
    Actualites actualites;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    AgendaEvents events;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    /** The portal read; another of the test's own is where nothing of it may show. */
    @OwnCommune
    World w;

    @Test
    void sheetsAreListedAndRenderedWithLocalData() throws Exception {
        mvc.perform(get("/api/v1/" + w.slug() + "/fiches"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(greaterThan(100)))
                .andExpect(jsonPath("$.fiches[*].id").value(hasItem("CAN-001")))
                .andExpect(jsonPath("$.fiches[0].theme.id").isString())
                .andExpect(
                        jsonPath("$.fiches[0].url").value(startsWith("http://localhost/" + w.slug() + "/questions/")))
                .andExpect(jsonPath("$.fiches[*].updated").value(everyItem(startsWith("20"))));
        mvc.perform(get("/api/v1/" + w.slug() + "/fiches/CAN-001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("La commune est-elle obligée d'avoir une cantine ?"))
                .andExpect(jsonPath("$.theme.id").value("cantine"))
                .andExpect(jsonPath("$.detailHtml").value(containsString("<h3>")))
                .andExpect(jsonPath("$.summaryText").value(startsWith("Non, la commune")))
                .andExpect(jsonPath("$.detailHtml").value(not(containsString("{{"))));
    }

    @Test
    void aLocalSheetIsOnlyItsCollectivites() throws Exception {
        try (var other = fixtures.commune()) {
            aLocalSheetStaysHome(other);
        }
    }

    private void aLocalSheetStaysHome(World other) throws Exception {
        long ref = localFiches.create(
                w.id(),
                "cantine",
                Niveau.TOUS,
                "Fiche rennaise de l'API",
                "Bref rennais.",
                "Détail rennais.",
                true,
                null);
        mvc.perform(get("/api/v1/" + w.slug() + "/fiches/L" + ref))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.local").value(true))
                .andExpect(jsonPath("$.summaryHtml").value(containsString("Bref rennais")));
        mvc.perform(get("/api/v1/" + w.slug() + "/fiches"))
                .andExpect(jsonPath("$.fiches[*].id").value(hasItem("L" + ref)));
        mvc.perform(get("/api/v1/" + other.slug() + "/fiches/L" + ref))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.erreur").value(containsString("Fiche introuvable")));
        mvc.perform(get("/api/v1/" + other.slug() + "/fiches"))
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
        try (var other = fixtures.commune()) {
            newsStayHome(other);
        }
    }

    private void newsStayHome(World other) throws Exception {
        long news = actualites.create(
                w.id(),
                "Actualité malouine de l'API",
                "Résumé.",
                "**Corps**.",
                LocalDate.now().minusDays(1),
                null);
        mvc.perform(get("/api/v1/" + w.slug() + "/actualites"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actualites[*].title").value(hasItem("Actualité malouine de l'API")));
        mvc.perform(get("/api/v1/" + w.slug() + "/actualites/" + news))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bodyHtml").value(containsString("<strong>Corps</strong>")))
                .andExpect(jsonPath("$.url")
                        .value(startsWith("http://localhost/" + w.slug() + "/actualites/" + news + "-")));
        mvc.perform(get("/api/v1/" + other.slug() + "/actualites"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actualites[*].title").value(not(hasItem("Actualité malouine de l'API"))));
        mvc.perform(get("/api/v1/" + other.slug() + "/actualites/" + news))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.erreur").exists());
    }

    @Test
    void establishmentsOfTheTerritoryOnly() throws Exception {
        var page = PublishedSchoolPage.publish(context, w, w.school("École primaire publique des Remparts"));
        w.school("École maternelle publique des Lices");
        try (var other = fixtures.commune()) {
            establishmentsStayHome(page, other);
        }
    }

    private void establishmentsStayHome(School page, World other) throws Exception {
        String uai = directory.presented(w.collectivite()).getFirst().uai();
        mvc.perform(get("/api/v1/" + w.slug() + "/etablissements"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.etablissements[*].uai").value(hasItem(uai)))
                .andExpect(jsonPath("$.etablissements[0].rubriques").doesNotExist());
        mvc.perform(get("/api/v1/" + w.slug() + "/etablissements/" + uai))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uai").value(uai))
                .andExpect(jsonPath("$.address.communeCode").value(w.codeInsee()));
        // The école whose director wrote: the commune's rubriques, in its order, validated content only.
        mvc.perform(get("/api/v1/" + w.slug() + "/etablissements/" + page.uai()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rubriques.length()").value(10))
                .andExpect(jsonPath("$.rubriques[0].title").value("Fiche d'identité"))
                .andExpect(jsonPath("$.rubriques[?(@.html != null)]").isNotEmpty())
                .andExpect(jsonPath("$.rubriques[?(@.title == 'Règlement intérieur')].documents[0].url")
                        .value(hasItem(startsWith("http://localhost/"))));
        mvc.perform(get("/api/v1/" + other.slug() + "/etablissements/" + uai))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.erreur").exists());
    }

    @Test
    void agendaWithHolidaysEventsAndFilters() throws Exception {
        String uai = w.school("École primaire publique de l'Agenda").uai();
        try (var other = fixtures.commune()) {
            agendaStaysHome(uai, other);
        }
    }

    private void agendaStaysHome(String uai, World other) throws Exception {
        LocalDate day = LocalDate.now().plusDays(20);
        long event = events.create(
                w.id(),
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
        mvc.perform(get("/api/v1/" + w.slug() + "/agenda")
                        .param("du", day.toString())
                        .param("au", day.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[*].id").value(hasItem((int) event)))
                .andExpect(jsonPath("$.events[?(@.id == " + event + ")].start")
                        .value(hasItem(containsString("T18:30:00+0"))));
        mvc.perform(get("/api/v1/" + w.slug() + "/agenda")
                        .param("du", "2025-09-01")
                        .param("au", "2026-08-31"))
                .andExpect(jsonPath("$.holidays[*].title").value(hasItem("Vacances de la Toussaint")));
        mvc.perform(get("/api/v1/" + other.slug() + "/agenda")
                        .param("du", day.toString())
                        .param("au", day.toString()))
                .andExpect(jsonPath("$.events[*].id").value(not(hasItem((int) event))));
        // A one-day event ends, exclusively, at midnight the next day (as in the iCalendar file).
        LocalDate fete = LocalDate.now().plusDays(30);
        long allDay = events.create(
                w.id(),
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
        mvc.perform(get("/api/v1/" + w.slug() + "/agenda")
                        .param("du", fete.toString())
                        .param("au", fete.toString()))
                .andExpect(jsonPath("$.events[?(@.id == " + allDay + ")].end")
                        .value(hasItem(startsWith(fete.plusDays(1) + "T00:00:00+0"))));
        mvc.perform(get("/api/v1/" + w.slug() + "/agenda").param("du", "hier"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.erreur").value(containsString("AAAA-MM-JJ")));
        mvc.perform(get("/api/v1/" + w.slug() + "/agenda").param("ecole", "9999999Z"))
                .andExpect(status().isNotFound());
    }
}
