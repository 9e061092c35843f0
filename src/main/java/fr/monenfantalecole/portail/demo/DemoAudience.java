package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.audience.Channel;
import fr.monenfantalecole.portail.audience.Device;
import fr.monenfantalecole.portail.audience.GeneratedTraffic;
import fr.monenfantalecole.portail.audience.GeneratedTraffic.Row;
import fr.monenfantalecole.portail.audience.HeadCounts;
import fr.monenfantalecole.portail.audience.PageKind;
import fr.monenfantalecole.portail.fiche.Fiche;
import fr.monenfantalecole.portail.fiche.NationalFiches;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A year of generated traffic for the demo communes, up to yesterday, so that the dashboards show
 * something true to life: about four visits per pupil per month on average, shaped by the seasons
 * ({@link DemoSeasons}). Deterministic (seeded by the portal and the day), written once, marked as
 * generated in the database and on the dashboards.
 */
@Component
@Order(50)
class DemoAudience implements ApplicationRunner {

    static final int DAYS = 365;

    /** What parents search, the last ones finding nothing in the demo's catalogue. */
    static final List<String> QUERIES = List.of(
            "cantine",
            "inscription ecole",
            "vacances scolaires",
            "tarif garderie",
            "centre de loisirs mercredi",
            "quotient familial",
            "transport scolaire",
            "piscine scolaire",
            "classe de neige",
            "orthophoniste ecole");

    static final int ZERO_RESULT_QUERIES = 3;

    private final DemoData demo;
    private final Collectivites collectivites;
    private final GeneratedTraffic traffic;
    private final HeadCounts headCounts;
    private final NationalFiches fiches;
    private final SchoolDirectory schools;
    private final Clock clock;

    DemoAudience(
            DemoData demo,
            Collectivites collectivites,
            GeneratedTraffic traffic,
            HeadCounts headCounts,
            NationalFiches fiches,
            SchoolDirectory schools,
            Clock clock) {
        this.demo = demo;
        this.collectivites = collectivites;
        this.traffic = traffic;
        this.headCounts = headCounts;
        this.fiches = fiches;
        this.schools = schools;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || traffic.present()) {
            return;
        }
        var refs = fiches.published().stream().map(Fiche::id).limit(40).toList();
        LocalDate yesterday = LocalDate.now(clock.withZone(PortailClock.ZONE)).minusDays(1);
        var rows = new ArrayList<Row>();
        var totals = new ArrayList<GeneratedTraffic.Total>();
        for (var c : collectivites.all()) {
            if (c.type() != CollectiviteType.COMMUNE) {
                continue;
            }
            var uais = schools.list(c, SchoolDirectory.Filter.ALL).stream()
                    .map(Etablissement::uai)
                    .limit(12)
                    .toList();
            int pupils = Math.max(300, headCounts.of(c));
            for (int i = DAYS; i >= 1; i--) {
                day(c, yesterday.minusDays(i - 1L), pupils, refs, uais, rows, totals);
            }
        }
        traffic.insert(rows, totals);
    }

    private static void day(
            Collectivite c,
            LocalDate day,
            int pupils,
            List<String> refs,
            List<String> uais,
            List<Row> rows,
            List<GeneratedTraffic.Total> totals) {
        var random = new SplittableRandom(c.slug().hashCode() * 1_000_003L + day.toEpochDay());
        // 4 visits per pupil per month on an ordinary school day, seasons and week-ends applied.
        double visits = pupils * 4.0 / 30.4 * DemoSeasons.factor(day) * (0.85 + random.nextDouble(0.3));
        int v = Math.max(1, (int) Math.round(visits));
        int pages = 0;
        pages += share(c, day, PageKind.ACCUEIL, "", v * 0.9, random, rows);
        pages += share(c, day, PageKind.QUESTIONS, "", v * 0.35, random, rows);
        pages += share(c, day, PageKind.ACTUALITES, "", v * 0.2, random, rows);
        pages += share(c, day, PageKind.AGENDA, "", v * 0.3, random, rows);
        pages += share(c, day, PageKind.SERVICES, "", v * (DemoSeasons.rentree(day) ? 0.5 : 0.3), random, rows);
        pages += share(c, day, PageKind.ECOLES, "", v * (DemoSeasons.enrolments(day) ? 0.4 : 0.15), random, rows);
        for (int i = 0; i < refs.size(); i++) {
            // Zipf-like: the first fiches of the catalogue are read most, the tail hardly ever.
            pages += one(c, day, PageKind.FICHE, refs.get(i), v * 0.6 / (i + 1.5), i, random, rows, 0);
        }
        for (int i = 0; i < uais.size(); i++) {
            pages += one(c, day, PageKind.ECOLE, uais.get(i), v * 0.2 / (i + 1.0), i, random, rows, 0);
        }
        for (int i = 0; i < QUERIES.size(); i++) {
            boolean zero = i >= QUERIES.size() - ZERO_RESULT_QUERIES;
            int n = one(
                    c, day, PageKind.RECHERCHE, QUERIES.get(i), v * 0.12 / (i + 1.0), i, random, rows, zero ? 1 : 0);
            pages += n;
            if (!zero && n > 0) {
                one(c, day, PageKind.CLIC_RECHERCHE, QUERIES.get(i), n * 0.7, i, random, rows, 0);
            }
        }
        one(c, day, PageKind.CARTE_SCOLAIRE, "", v * (DemoSeasons.enrolments(day) ? 0.12 : 0.04), 0, random, rows, 0);
        one(c, day, PageKind.QUOTIENT, "", v * (DemoSeasons.rentree(day) ? 0.08 : 0.03), 1, random, rows, 0);
        one(c, day, PageKind.CONNEXION_FAMILLE, "", v * 0.06, 2, random, rows, 0);
        totals.add(new GeneratedTraffic.Total(c.id(), day, pages, v, (int) Math.round(v * 0.82)));
    }

    /** A kind's views split over the channels and devices parents use. */
    private static int share(
            Collectivite c,
            LocalDate day,
            PageKind kind,
            String cible,
            double views,
            SplittableRandom r,
            List<Row> rows) {
        int total = 0;
        total += one(c, day, kind, cible, views * 0.62, 0, r, rows, 0);
        total += one(c, day, kind, cible, views * 0.23, 1, r, rows, 0);
        total += one(c, day, kind, cible, views * 0.10, 2, r, rows, 0);
        total += one(c, day, kind, cible, views * 0.05, 3, r, rows, 0);
        return total;
    }

    private static final Channel[] CHANNELS = {Channel.DIRECT, Channel.HOTE, Channel.IFRAME, Channel.SCRIPT};

    /** One row, its channel and device chosen by its index; the search rows say how many found nothing. */
    private static int one(
            Collectivite c,
            LocalDate day,
            PageKind kind,
            String cible,
            double expected,
            int index,
            SplittableRandom r,
            List<Row> rows,
            int zeroResults) {
        int n = (int) Math.floor(expected + r.nextDouble());
        if (n <= 0) {
            return 0;
        }
        var device = (index + day.getDayOfMonth()) % 3 == 0 ? Device.ORDINATEUR : Device.MOBILE;
        rows.add(new Row(
                c.id(),
                day,
                kind,
                cible,
                CHANNELS[index % CHANNELS.length],
                device,
                n,
                Math.max(1, n * 4 / 5),
                zeroResults * n));
        return n;
    }
}
