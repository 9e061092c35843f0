package fr.monenfantalecole.portail.periscolaire;

import fr.monenfantalecole.portail.family.FamilyPrincipal;
import fr.monenfantalecole.portail.family.Household;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Site;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A child's month of one activity: the days booked, ticked or unticked by the parent and saved in one
 * go, or the weekly pattern applied to the month. A refusal (closed day, deadline, full) saves nothing
 * and shows the month again with the parent's ticks and the reason.
 */
@Controller
class CalendarController {

    private final Household household;
    private final FamilyActivities family;
    private final MonthCalendar calendar;
    private final Bookings bookings;
    private final Clock clock;

    CalendarController(
            Household household, FamilyActivities family, MonthCalendar calendar, Bookings bookings, Clock clock) {
        this.household = household;
        this.family = family;
        this.calendar = calendar;
        this.bookings = bookings;
        this.clock = clock;
    }

    private static final String PATH = "/{slug}/mon-espace/periscolaire/enfants/{child}/activites/{activity}";

    @GetMapping(PATH)
    String show(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @PathVariable long child,
            @PathVariable long activity,
            @RequestParam(required = false) @Nullable String mois,
            @RequestParam(required = false) @Nullable String enregistre,
            Model model) {
        return page(
                collectivite,
                site,
                csrf,
                reach(collectivite, me, child, activity, mois),
                null,
                null,
                enregistre,
                model);
    }

    @PostMapping(PATH + "/jours")
    String save(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @PathVariable long child,
            @PathVariable long activity,
            @RequestParam String mois,
            @RequestParam(name = "jour", required = false) @Nullable List<String> ticked,
            @RequestParam(name = "affiche", required = false) @Nullable List<String> shown,
            Model model) {
        var r = reach(collectivite, me, child, activity, mois);
        YearMonth m = r.month();
        Set<LocalDate> wanted = days(ticked, m);
        Set<LocalDate> visible = days(shown, m);
        var booked = bookings.of(r.signup().id(), m.atDay(1), m.plusMonths(1).atDay(1))
                .keySet();
        Set<LocalDate> book = new TreeSet<>(wanted);
        book.removeAll(booked);
        Set<LocalDate> cancel = new TreeSet<>(visible);
        cancel.retainAll(booked);
        cancel.removeAll(wanted);
        return change(collectivite, site, csrf, r, book, cancel, wanted, model);
    }

    @PostMapping(PATH + "/semaine")
    String applyPattern(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            @AuthenticationPrincipal FamilyPrincipal me,
            @PathVariable long child,
            @PathVariable long activity,
            @RequestParam String mois,
            Model model) {
        var r = reach(collectivite, me, child, activity, mois);
        var days = calendar.patternDays(
                calendar.of(collectivite, r.target().activite(), r.signup(), r.month()), r.signup());
        return change(collectivite, site, csrf, r, days, Set.of(), null, model);
    }

    /** What every handler starts from: the parent's household, the child's sign-up and the month shown. */
    private record Reached(long adultId, FamilyActivities.Target target, YearMonth month) {
        Signups.Signup signup() {
            return target.inscription();
        }

        String base() {
            return CalendarController.base(
                    target.enfant().id(), target.activite().id());
        }
    }

    private Reached reach(
            Collectivite collectivite, FamilyPrincipal me, long child, long activity, @Nullable String mois) {
        long adultId = household.adult(me, collectivite).id();
        return new Reached(adultId, family.target(collectivite, adultId, child, activity), month(mois));
    }

    /** Books and cancels in one go; a refusal saves nothing and shows the month again with the reason. */
    private String change(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            Reached r,
            Set<LocalDate> book,
            Set<LocalDate> cancel,
            @Nullable Set<LocalDate> ticked,
            Model model) {
        try {
            bookings.change(collectivite, r.target().activite(), r.signup(), r.adultId(), book, cancel);
        } catch (BookingRefused refused) {
            return page(collectivite, site, csrf, r, refused.getMessage(), ticked, null, model);
        }
        return "redirect:" + site.link(r.base() + "?mois=" + r.month() + "&enregistre");
    }

    private String page(
            Collectivite collectivite,
            Site site,
            CsrfToken csrf,
            Reached r,
            @Nullable String erreur,
            @Nullable Set<LocalDate> ticked,
            @Nullable String enregistre,
            Model model) {
        var t = r.target();
        var month = calendar.of(collectivite, t.activite(), t.inscription(), r.month());
        model.addAttribute("site", site);
        model.addAttribute("csrf", csrf);
        model.addAttribute(
                "vue",
                new CalendarView(
                        t.enfant(),
                        t.activite(),
                        t.inscription(),
                        month,
                        erreur,
                        ticked,
                        enregistre != null,
                        r.base()));
        return "periscolaire/calendrier";
    }

    private YearMonth month(@Nullable String typed) {
        if (typed != null) {
            try {
                return YearMonth.parse(typed);
            } catch (DateTimeParseException e) {
                // An address typed by hand: the current month.
            }
        }
        return YearMonth.now(clock);
    }

    private static Set<LocalDate> days(@Nullable List<String> typed, YearMonth month) {
        var days = new HashSet<LocalDate>();
        if (typed != null) {
            for (String t : typed) {
                try {
                    var d = LocalDate.parse(t);
                    if (YearMonth.from(d).equals(month)) {
                        days.add(d);
                    }
                } catch (DateTimeParseException e) {
                    // Not a day: ignored, like a box that was not ticked.
                }
            }
        }
        return days;
    }

    private static String base(long child, long activity) {
        return "/mon-espace/periscolaire/enfants/" + child + "/activites/" + activity;
    }
}
