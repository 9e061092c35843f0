package fr.monenfantalecole.portail.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.monenfantalecole.portail.account.AdminNotice;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.support.OwnCommune;
import fr.monenfantalecole.portail.support.PortailTest;
import fr.monenfantalecole.portail.support.World;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    @OwnCommune
    World w;

    /** The platform's operator (the world's, for this test's life). */
    String platform() {
        return w.platform().email();
    }

    private LocalDate calendarEnd() {
        return holidays.knownUntil(w.collectivite().academie()).orElseThrow();
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

        assertThat(noticesOn(missingYearStart.minusMonths(9), platform()))
                .as("nine months before the missing year: nothing yet")
                .isEmpty();
        var notices = noticesOn(missingYearStart.minusMonths(5), platform());
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().text())
                .contains("s'arrête au " + FrenchDates.day(end))
                .contains("année scolaire " + end.getYear() + "-" + (end.getYear() + 1))
                .contains("Rennes")
                .contains("ministère de l'Éducation nationale");
        assertThat(notices.getFirst().link()).isEqualTo("/admin/vacances-scolaires");
        assertThat(noticesOn(missingYearStart.minusMonths(5), w.admin().email()))
                .as("an agent of a collectivité cannot load it")
                .isEmpty();
    }

    @Test
    void theNoticeIsOnThePlatformsBackOfficePagesWhenTheCalendarEndsBeforeTheComingYear() throws Exception {
        var expected = new HolidayNotices(holidays, collectivites, Clock.system(PortailClock.ZONE))
                .of((StaffPrincipal) users.loadUserByUsername(platform()));
        String page = mvc.perform(get("/admin").with(w.platform().mvc()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (var notice : expected) {
            assertThat(HtmlUtils.htmlUnescape(page)).contains(notice.text());
        }
        String agentPage = mvc.perform(get("/admin/" + w.slug()).with(w.admin().mvc()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(agentPage)).doesNotContain("Chargez l'édition suivante du calendrier");
    }

    @Test
    void theFeedSaysWhereTheOfficialHolidaysEndWhenTheCurrentYearIsNotCovered() throws Exception {
        var notice = agenda.currentYearNotice(w.collectivite(), LocalDate.now(PortailClock.ZONE));
        String feed = mvc.perform(get("/" + w.slug() + "/agenda.ics"))
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
        assertThat(agenda.currentYearNotice(w.collectivite(), end.minusYears(1)))
                .isEmpty();
        assertThat(agenda.currentYearNotice(w.collectivite(), end.plusDays(1)))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("publié jusqu'au " + FrenchDates.day(end))
                        .contains("dès sa publication par le ministère"));
    }
}
