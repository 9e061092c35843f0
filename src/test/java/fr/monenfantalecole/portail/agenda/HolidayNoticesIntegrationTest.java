package fr.monenfantalecole.portail.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.monenfantalecole.portail.account.AdminNotice;
import fr.monenfantalecole.portail.account.CommuneWithAdmin;
import fr.monenfantalecole.portail.account.Role;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.account.TestAccounts;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.Staff;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * When the official holiday calendar does not reach the coming school year, the platform team is told on
 * its back-office pages to load the next edition, and the agenda's iCalendar feed says so to the parents'
 * calendar applications; a collectivité's agent is not told (it cannot load it).
 */
@PortailTest
class HolidayNoticesIntegrationTest {

    @Autowired
    Holidays holidays;

    @Autowired
    Collectivites collectivites;

    @Autowired
    Agenda agenda;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    StaffUsers accounts;

    @RegisterExtension
    final CommuneWithAdmin own = new CommuneWithAdmin("vacances-avis", "Commune des vacances");

    static final String PLATFORM = "plateforme@vacances-avis.test";

    /** The platform's operator, made by the first test. */
    @BeforeEach
    void operator() {
        if (!accounts.exists(PLATFORM)) {
            TestAccounts.create(accounts, PLATFORM, Role.PLATFORM_ADMIN, null);
        }
    }

    private LocalDate calendarEnd() {
        return holidays.knownUntil(own.commune().academie()).orElseThrow();
    }

    private List<AdminNotice> noticesOn(LocalDate day, String email) {
        var clock =
                Clock.fixed(day.atTime(LocalTime.NOON).atZone(PortailClock.ZONE).toInstant(), PortailClock.ZONE);
        return new HolidayNotices(holidays, collectivites, clock).of((StaffPrincipal) users.loadUserByUsername(email));
    }

    @Test
    void thePlatformTeamIsRemindedFromSixMonthsBeforeTheSummerThatOpensTheMissingYear() {
        LocalDate end = calendarEnd();
        LocalDate missingYearStart = LocalDate.of(end.getYear(), 9, 1);

        assertThat(noticesOn(missingYearStart.minusMonths(9), PLATFORM))
                .as("nine months before the missing year: nothing yet")
                .isEmpty();
        var notices = noticesOn(missingYearStart.minusMonths(5), PLATFORM);
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().text())
                .contains("s'arrête au " + FrenchDates.day(end))
                .contains("année scolaire " + end.getYear() + "-" + (end.getYear() + 1))
                .contains("Rennes")
                .contains("ministère de l'Éducation nationale");
        assertThat(notices.getFirst().link()).isEqualTo("/admin/vacances-scolaires");
        assertThat(noticesOn(missingYearStart.minusMonths(5), own.admin()))
                .as("an agent of a collectivité cannot load it")
                .isEmpty();
    }

    @Test
    void theNoticeIsOnThePlatformsBackOfficePagesWhenTheCalendarEndsBeforeTheComingYear() throws Exception {
        var expected = new HolidayNotices(holidays, collectivites, Clock.system(PortailClock.ZONE))
                .of((StaffPrincipal) users.loadUserByUsername(PLATFORM));
        String page = mvc.perform(get("/admin").with(staff.as(PLATFORM)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (var notice : expected) {
            assertThat(HtmlUtils.htmlUnescape(page)).contains(notice.text());
        }
        String agentPage = mvc.perform(get("/admin/vacances-avis").with(staff.as(own.admin())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(agentPage)).doesNotContain("Chargez l'édition suivante du calendrier");
    }

    @Test
    void theFeedSaysWhereTheOfficialHolidaysEndWhenTheCurrentYearIsNotCovered() throws Exception {
        var notice = agenda.currentYearNotice(own.commune(), LocalDate.now(PortailClock.ZONE));
        String feed = mvc.perform(get("/vacances-avis/agenda.ics"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                // iCalendar folds lines at 75 octets: unfold before reading.
                .replace("\r\n ", "")
                .replace("\\,", ",")
                .replace("\\;", ";");
        if (notice.isPresent()) {
            assertThat(feed).contains("X-WR-CALDESC:" + notice.get());
        } else {
            assertThat(feed).doesNotContain("X-WR-CALDESC");
        }
        LocalDate end = calendarEnd();
        assertThat(agenda.currentYearNotice(own.commune(), end.minusYears(1))).isEmpty();
        assertThat(agenda.currentYearNotice(own.commune(), end.plusDays(1)))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("publié jusqu'au " + FrenchDates.day(end))
                        .contains("dès sa publication par le ministère"));
    }
}
