package fr.monenfantalecole.portail.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The agenda end to end: back office, public pages, feeds, isolation between collectivités. */
@PortailTest
class AgendaIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Collectivites collectivites;

    /** The commune whose agenda a test writes and reads. */
    @OwnCommune
    World w;

    /** Another, whose events and schools the first must never reach. */
    @OwnCommune
    World other;

    @Autowired
    AgendaEvents events;

    @Autowired
    Agenda agenda;

    @Autowired
    Holidays holidays;

    @Autowired
    AuditLog audit;

    long create(
            World world, @Nullable String uai, String titre, LocalDateTime debut, LocalDateTime fin, boolean allDay) {
        return events.create(
                world.id(),
                new AgendaEvent.Data(
                        uai,
                        titre,
                        EventCategory.REUNION,
                        "Texte **important**. <script>alert(1)</script>",
                        "Salle B",
                        allDay,
                        debut,
                        fin),
                null,
                false);
    }

    String body(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aMisspeltAcademieIsPointedOutToTheAgent() throws Exception {
        mvc.perform(get("/admin/" + w.slug() + "/agenda").with(w.admin().mvc()))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("Aucune vacance scolaire"))));
        try {
            jdbc.sql("update collectivite set academie = 'Académie de Rennes' where id = :id")
                    .param("id", w.id())
                    .update();
            collectivites.forget();
            mvc.perform(get("/admin/" + w.slug() + "/agenda").with(w.admin().mvc()))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Aucune vacance scolaire")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("« Académie de Rennes »")));
            // Parents still get their agenda (events), without holidays rather than an error.
            mvc.perform(get("/" + w.slug() + "/agenda")).andExpect(status().isOk());
            mvc.perform(get("/" + w.slug() + "/agenda.ics")).andExpect(status().isOk());
        } finally {
            jdbc.sql("update collectivite set academie = 'Rennes' where id = :id")
                    .param("id", w.id())
                    .update();
            collectivites.forget();
        }
    }

    @Test
    void anAgentCreatesEditsAndDeletesAnEventSeenOnItsPortal() throws Exception {
        String school = w.school("École Jean Guéhenno").uai();
        LocalDate day = LocalDate.now(AgendaCalendar.PARIS).plusDays(10);
        String date = "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        mvc.perform(post("/admin/" + w.slug() + "/agenda/nouvel")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Portes ouvertes de l'école Jean Guéhenno")
                        .param("categorie", "autre")
                        .param("ecole", school)
                        .param("lieu", "Hall d'entrée")
                        .param("description", "Venez **visiter**.")
                        .param("dateDebut", date)
                        .param("heureDebut", "9:00")
                        .param("heureFin", "12h"))
                .andExpect(status().is3xxRedirection());
        var created = events.all(w.collectivite().id()).stream()
                .filter(e -> e.titre().equals("Portes ouvertes de l'école Jean Guéhenno"))
                .findFirst()
                .orElseThrow();
        assertThat(created.debut()).isEqualTo(day.atTime(9, 0));
        assertThat(created.fin()).isEqualTo(day.atTime(12, 0));
        assertThat(created.journeeEntiere()).isFalse();
        assertThat(audit.forObject("agenda_evenement", String.valueOf(created.id())))
                .extracting(AuditLog.Event::action)
                .contains("AGENDA_EVENEMENT_CREE");

        mvc.perform(get("/admin/" + w.slug() + "/agenda").with(w.admin().mvc()))
                .andExpect(content().string(containsString("Portes ouvertes de l'école Jean Guéhenno")));
        mvc.perform(get("/admin/" + w.slug() + "/agenda/" + created.id())
                        .with(w.admin().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"09:00\"")));
        String page = body("/" + w.slug() + "/agenda/" + created.id());
        assertThat(page)
                .contains("Portes ouvertes de l'école Jean Guéhenno")
                .contains("<strong>visiter</strong>")
                .contains("de 9 h à 12 h")
                .contains("/" + w.slug() + "/agenda/" + created.id() + ".ics");
        assertThat(body("/" + w.slug() + "/agenda")).contains("/" + w.slug() + "/agenda/" + created.id());

        mvc.perform(post("/admin/" + w.slug() + "/agenda/" + created.id())
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Portes ouvertes (nouvelle date)")
                        .param("categorie", "autre")
                        .param("ecole", "")
                        .param("dateDebut", date)
                        .param("dateFin", ""))
                .andExpect(status().is3xxRedirection());
        var edited = events.find(w.collectivite().id(), created.id()).orElseThrow();
        assertThat(edited.titre()).isEqualTo("Portes ouvertes (nouvelle date)");
        assertThat(edited.journeeEntiere()).isTrue();
        assertThat(edited.uai()).isNull();
        assertThat(edited.uid()).isEqualTo(created.uid());

        mvc.perform(post("/admin/" + w.slug() + "/agenda/" + created.id() + "/supprimer")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().is3xxRedirection());
        assertThat(events.find(w.collectivite().id(), created.id())).isEmpty();
        mvc.perform(get("/" + w.slug() + "/agenda/" + created.id())).andExpect(status().isNotFound());
        assertThat(audit.forObject("agenda_evenement", String.valueOf(created.id())))
                .extracting(AuditLog.Event::action)
                .contains("AGENDA_EVENEMENT_MODIFIE", "AGENDA_EVENEMENT_SUPPRIME");
    }

    @Test
    void theFormExplainsWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/admin/" + w.slug() + "/agenda/nouvel")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "")
                        .param("categorie", "reunion")
                        .param("lieu", "Salle <b>polyvalente</b>")
                        .param("dateDebut", "31/02/2027")
                        .param("heureDebut", "25:00"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Donnez un titre à l'événement.")
                .contains("La date de début n'est pas une date valide")
                .contains("L'heure de début n'est pas valide")
                .contains("value=\"Salle &lt;b>polyvalente&lt;/b>\"")
                .doesNotContain("<b>polyvalente")
                .contains("value=\"31/02/2027\"")
                .contains("value=\"25:00\"");

        mvc.perform(post("/admin/" + w.slug() + "/agenda/nouvel")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "À l'envers")
                        .param("categorie", "reunion")
                        .param("dateDebut", "10/03/2027")
                        .param("dateFin", "09/03/2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La fin de l'événement ne peut pas précéder son début.")));
        mvc.perform(post("/admin/" + w.slug() + "/agenda/nouvel")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Trop tôt")
                        .param("categorie", "reunion")
                        .param("dateDebut", "10/03/2027")
                        .param("heureDebut", "18:30")
                        .param("heureFin", "17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La fin de l'événement ne peut pas précéder son début.")));
        assertThat(events.all(w.collectivite().id()))
                .extracting(AgendaEvent::titre)
                .doesNotContain("À l'envers", "Trop tôt");
    }

    @Test
    void eventsInYearZeroOrNineThousandAreRefusedInFrench() throws Exception {
        for (String[] dates : new String[][] {{"01/01/0000", ""}, {"31/12/9999", ""}, {"10/03/2027", "10/03/9999"}}) {
            String page = mvc.perform(post("/admin/" + w.slug() + "/agenda/nouvel")
                            .with(csrf())
                            .with(w.admin().mvc())
                            .param("titre", "Hors du temps")
                            .param("categorie", "reunion")
                            .param("dateDebut", dates[0])
                            .param("dateFin", dates[1]))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .as(dates[0] + " " + dates[1])
                    .contains("doit être comprise entre le 01/01/2000 et le 31/12/")
                    .contains("vérifiez l'année")
                    .contains("value=\"Hors du temps\"");
        }
        assertThat(events.all(w.collectivite().id()))
                .extracting(AgendaEvent::titre)
                .doesNotContain("Hors du temps");
    }

    @Test
    void aSchoolOfAnotherCollectiviteIsRefused() throws Exception {
        w.school("École de la commune");
        String otherSchool = other.school("École de l'autre commune").uai();
        mvc.perform(post("/admin/" + w.slug() + "/agenda/nouvel")
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Fête à Rennes")
                        .param("categorie", "fete")
                        .param("ecole", otherSchool)
                        .param("dateDebut", "12/06/2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une école de la liste")));
        assertThat(events.all(w.collectivite().id()))
                .extracting(AgendaEvent::titre)
                .doesNotContain("Fête à Rennes");
        mvc.perform(get("/" + w.slug() + "/agenda").param("ecole", otherSchool)).andExpect(status().isNotFound());
        // A phone subscribes to the feed in one tap.
        mvc.perform(get("/" + w.slug() + "/agenda"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "href=\"webcal://localhost/" + w.slug() + "/agenda.ics\"")));
        mvc.perform(get("/" + w.slug() + "/agenda.ics").param("ecole", otherSchool))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherCollectivitesEventIsNotFoundAnywhere() throws Exception {
        long foreign = create(
                other,
                null,
                "Réunion rennaise",
                LocalDateTime.of(2027, 3, 2, 18, 0),
                LocalDateTime.of(2027, 3, 2, 19, 0),
                false);
        mvc.perform(get("/" + other.slug() + "/agenda/" + foreign)).andExpect(status().isOk());
        mvc.perform(get("/" + w.slug() + "/agenda/" + foreign)).andExpect(status().isNotFound());
        mvc.perform(get("/" + w.slug() + "/agenda/" + foreign + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + w.slug() + "/agenda/" + foreign)
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + other.slug() + "/agenda/" + foreign)
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/" + other.slug() + "/agenda").with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + w.slug() + "/agenda/" + foreign)
                        .with(csrf())
                        .with(w.admin().mvc())
                        .param("titre", "Volée")
                        .param("categorie", "autre")
                        .param("dateDebut", "01/03/2027"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + w.slug() + "/agenda/" + foreign + "/supprimer")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/" + other.slug() + "/agenda/" + foreign + "/supprimer")
                        .with(csrf())
                        .with(w.admin().mvc()))
                .andExpect(status().isNotFound());
        assertThat(events.find(other.collectivite().id(), foreign).orElseThrow().titre())
                .isEqualTo("Réunion rennaise");
        assertThat(body("/" + w.slug() + "/agenda.ics")).doesNotContain("Réunion rennaise");
        mvc.perform(post("/admin/" + other.slug() + "/agenda/" + foreign + "/supprimer")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/admin/connexion")));
    }

    @Test
    void theFeedsReadBackWithTwoLibrariesWithStableUidsAndParisTimes() throws Exception {
        String ourSchool = w.school("École Jules-Ferry").uai();
        String anotherSchool = w.school("École des Cotterets").uai();
        LocalDate winterDay =
                LocalDate.now(AgendaCalendar.PARIS).plusYears(1).withMonth(1).withDayOfMonth(12);
        long wide = create(
                w, null, "Réunion de toute la commune", winterDay.atTime(18, 30), winterDay.atTime(20, 0), false);
        long ours = create(
                w,
                ourSchool,
                "Kermesse de notre école",
                winterDay.plusDays(1).atStartOfDay(),
                winterDay.plusDays(2).atStartOfDay(),
                true);
        long other = create(
                w,
                anotherSchool,
                "Kermesse d'une autre école",
                winterDay.plusDays(3).atStartOfDay(),
                winterDay.plusDays(3).atStartOfDay(),
                true);

        var response = mvc.perform(get("/" + w.slug() + "/agenda.ics"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(header().string("Content-Type", containsString("charset=UTF-8")))
                .andReturn()
                .getResponse();
        String all = response.getContentAsString(StandardCharsets.UTF_8);
        String again = body("/" + w.slug() + "/agenda.ics");
        assertThat(all)
                .contains("X-WR-CALNAME:Agenda scolaire — " + w.nom())
                .contains("BEGIN:VTIMEZONE")
                .contains("TZID:Europe/Paris")
                .contains("DTSTAMP:");

        Calendar calendar = new CalendarBuilder().build(new StringReader(all));
        List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
        var reunion = find(vevents, "Réunion de toute la commune");
        ZonedDateTime start = (ZonedDateTime) reunion.getDateTimeStart().getDate();
        assertThat(start.toInstant()).isEqualTo(winterDay.atTime(17, 30).toInstant(java.time.ZoneOffset.UTC));
        assertThat(reunion.getUid().orElseThrow().getValue())
                .isEqualTo(
                        events.find(w.collectivite().id(), wide).orElseThrow().uid() + "@monenfantalecole.fr");
        assertThat(reunion.getUrl().getValue()).endsWith("/" + w.slug() + "/agenda/" + wide);
        var kermesse = find(vevents, "Kermesse de notre école");
        assertThat((Temporal) kermesse.getDateTimeStart().getDate()).isEqualTo(winterDay.plusDays(1));
        assertThat((Temporal) kermesse.getDateTimeEnd().getDate()).isEqualTo(winterDay.plusDays(3));
        assertThat(all).contains("Kermesse d'une autre école");

        var second = Biweekly.parse(all).first();
        assertThat(second.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("Agenda scolaire — " + w.nom());
        var biReunion = second.getEvents().stream()
                .filter(e -> e.getSummary().getValue().equals("Réunion de toute la commune"))
                .findFirst()
                .orElseThrow();
        assertThat(biReunion.getDateStart().getValue().toInstant())
                .isEqualTo(winterDay.atTime(17, 30).toInstant(java.time.ZoneOffset.UTC));
        assertThat(biReunion.getDateEnd().getValue().toInstant())
                .isEqualTo(winterDay.atTime(19, 0).toInstant(java.time.ZoneOffset.UTC));
        assertThat(AgendaCalendarTest.uids(all))
                .isEqualTo(AgendaCalendarTest.uids(again))
                .doesNotHaveDuplicates();

        // The holidays of the académie, as the official file gives them.
        LocalDate today = LocalDate.now(AgendaCalendar.PARIS);
        var expected = agenda.holidays(w.collectivite(), today.minusMonths(12), today.plusYears(3));
        var holidayEvents = second.getEvents().stream()
                .filter(e -> e.getCategories().getFirst().getValues().contains("Vacances scolaires"))
                .toList();
        assertThat(holidayEvents).hasSize(expected.size());
        for (var h : expected) {
            var e = holidayEvents.stream()
                    .filter(v -> v.getUid().getValue().equals(h.uid()))
                    .findFirst()
                    .orElseThrow();
            var s = e.getDateStart().getValue().getRawComponents();
            var f = e.getDateEnd().getValue().getRawComponents();
            assertThat(e.getDateStart().getValue().hasTime()).isFalse();
            assertThat(LocalDate.of(s.getYear(), s.getMonth(), s.getDate())).isEqualTo(h.debut());
            assertThat(LocalDate.of(f.getYear(), f.getMonth(), f.getDate()))
                    .isEqualTo(h.marker() ? h.debut().plusDays(1) : h.fin());
        }

        String school = body("/" + w.slug() + "/agenda.ics?ecole=" + ourSchool);
        assertThat(school)
                .contains("Réunion de toute la commune")
                .contains("Kermesse de notre école")
                .doesNotContain("Kermesse d'une autre école")
                .contains("X-WR-CALNAME:Agenda scolaire — " + w.nom() + " — ");
        assertThat(Biweekly.parse(school).first().getEvents()).hasSize(holidayEvents.size() + countWide(school));

        String one = body("/" + w.slug() + "/agenda/" + ours + ".ics");
        var single = new CalendarBuilder().build(new StringReader(one)).<VEvent>getComponents(Component.VEVENT);
        assertThat(single).hasSize(1);
        assertThat(single.getFirst().getUid().orElseThrow().getValue())
                .isEqualTo(find(vevents, "Kermesse de notre école")
                        .getUid()
                        .orElseThrow()
                        .getValue());
        assertThat(Biweekly.parse(one).first().getEvents().getFirst().getUid().getValue())
                .isEqualTo(Biweekly.parse(body("/" + w.slug() + "/agenda/" + ours + ".ics"))
                        .first()
                        .getEvents()
                        .getFirst()
                        .getUid()
                        .getValue());
        assertThat(other).isPositive();
    }

    /** Events that are not holidays in a feed. */
    private static int countWide(String ics) {
        return (int) Biweekly.parse(ics).first().getEvents().stream()
                .filter(e -> !e.getCategories().getFirst().getValues().contains("Vacances scolaires"))
                .count();
    }

    private static VEvent find(List<VEvent> events, String summary) {
        return events.stream()
                .filter(e -> e.getSummary().getValue().equals(summary))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theListAndMonthViewsShowEventsAndHolidays() throws Exception {
        String otherSchool = other.school("École de l'autre commune").uai();
        // An example event to come, as a new portal's agenda shows them.
        LocalDate soon = LocalDate.now(AgendaCalendar.PARIS).plusDays(20);
        events.create(
                w.id(),
                new AgendaEvent.Data(
                        null,
                        "Réunion d'information (exemple)",
                        EventCategory.REUNION,
                        "Un exemple.",
                        "Mairie",
                        false,
                        soon.atTime(18, 0),
                        soon.atTime(19, 0)),
                null,
                true);
        long id = create(
                w,
                null,
                "Forum des activités périscolaires",
                LocalDateTime.of(2025, 10, 8, 17, 0),
                LocalDateTime.of(2025, 10, 8, 19, 0),
                false);
        String month = body("/" + w.slug() + "/agenda?vue=mois&mois=2025-10");
        assertThat(month)
                .contains("Octobre 2025")
                .contains("Vacances de la Toussaint")
                .contains("Fin des cours samedi 18 octobre 2025, reprise lundi 3 novembre 2025 au matin")
                .contains("Forum des activités périscolaires")
                .contains("/" + w.slug() + "/agenda/" + id)
                .contains("mois=2025-09")
                .contains("mois=2025-11")
                .contains("<th scope=\"col\"><abbr title=\"lundi\">lun.</abbr></th>");
        String list = body("/" + w.slug() + "/agenda");
        assertThat(list)
                .contains("Agenda scolaire")
                .contains("Exemple")
                .contains("/" + w.slug() + "/agenda.ics")
                .doesNotContain("Forum des activités périscolaires");
        String otherPage = body("/" + other.slug() + "/agenda?ecole=" + otherSchool);
        assertThat(otherPage).contains("selected").contains("/" + other.slug() + "/agenda.ics?ecole=" + otherSchool);
        mvc.perform(get("/" + w.slug() + "/agenda?vue=mois&mois=n-importe-quoi"))
                .andExpect(status().isOk());
    }

    @Test
    void thePlatformTeamUploadsANewerCalendarAllOrNothing() throws Exception {
        byte[] official = HolidayCsvTest.officialFile();
        mvc.perform(get("/admin/vacances-scolaires").with(w.admin().mvc())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/vacances-scolaires").with(w.platform().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fr-en-calendrier-scolaire.csv")));

        String bad = "Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire\n"
                + "Vacances de Noël;-;2026-12-19;2027-01-04;Rennes;Zone B;2026-2027\n"
                + "Vacances d'Hiver;-;2027-02-20;2027-02-06;Rennes;Zone B;2026-2027\n";
        String location = mvc.perform(multipart("/admin/vacances-scolaires")
                        .file(new MockMultipartFile(
                                "fichier", "faux.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(w.platform().mvc()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(w.platform().mvc()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 ligne en erreur : rien ne sera importé")))
                .andExpect(content().string(containsString("<td>3</td>")))
                .andExpect(content().string(not(containsString("Remplacer le calendrier"))));
        mvc.perform(post(location).with(csrf()).with(w.platform().mvc())).andExpect(status().is3xxRedirection());
        assertThat(holidays.current().orElseThrow().fileName()).isNotEqualTo("faux.csv");

        String newer = new String(official, StandardCharsets.UTF_8)
                + "Vacances de Noël;-;2026-12-19T00:00:00+01:00;2027-01-04T00:00:00+01:00;Rennes;Zone B;2026-2027\n";
        try {
            location = mvc.perform(multipart("/admin/vacances-scolaires")
                            .file(new MockMultipartFile(
                                    "fichier",
                                    "calendrier-2027.csv",
                                    "text/csv",
                                    newer.getBytes(StandardCharsets.UTF_8)))
                            .with(csrf())
                            .with(w.platform().mvc()))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            mvc.perform(get(location).with(w.platform().mvc()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("2114</strong> lignes de vacances")));
            mvc.perform(post(location).with(csrf()).with(w.platform().mvc())).andExpect(status().is3xxRedirection());
            assertThat(holidays.current().orElseThrow().fileName()).isEqualTo("calendrier-2027.csv");
            assertThat(body("/" + w.slug() + "/agenda?vue=mois&mois=2026-12"))
                    .contains("Fin des cours samedi 19 décembre 2026, reprise lundi 4 janvier 2027 au matin");
            assertThat(holidays.importBundledIfNew(official, "fr-en-calendrier-scolaire.csv"))
                    .as("the bundled file, already imported once, never undoes an upload")
                    .isFalse();
        } finally {
            holidays.importUploaded(official, "fr-en-calendrier-scolaire.csv", staffId());
        }
        assertThat(body("/" + w.slug() + "/agenda?vue=mois&mois=2026-12")).doesNotContain("19 décembre 2026");
    }

    private long staffId() {
        return w.platform().id();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theCalendarIsImportedOnceAtStartup() throws Exception {
        assertThat(holidays.importBundledIfNew(HolidayCsvTest.officialFile(), "fr-en-calendrier-scolaire.csv"))
                .isFalse();
        assertThat(holidays.of("Rennes", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1)))
                .extracting(Holiday::description)
                .contains("Vacances de la Toussaint", "Début des Vacances d'Été");
    }
}
