package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.shared.web.PublicLinks;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly summary of a portal's audience, e-mailed through the outbox to the admins who asked for it
 * on the dashboard. Each (month, person, collectivité) is recorded when queued, so that every node may run
 * the schedule and the summary still goes once.
 */
@Component
public class MonthlySummaries {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Dashboards dashboards;
    private final Collectivites collectivites;
    private final Clock clock;
    private final PublicLinks links;

    MonthlySummaries(
            JdbcClient jdbc,
            Outbox outbox,
            Dashboards dashboards,
            Collectivites collectivites,
            Clock clock,
            PublicLinks links) {
        this.links = links;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.dashboards = dashboards;
        this.collectivites = collectivites;
        this.clock = clock;
    }

    public boolean subscribed(long staffId, long collectiviteId) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM audience_abonnement WHERE staff_user_id = ? AND collectivite_id = ?)")
                .params(staffId, collectiviteId)
                .query((rs, n) -> rs.getBoolean(1))
                .single();
    }

    public void subscribe(long staffId, long collectiviteId, boolean on) {
        String sql = on
                ? "INSERT INTO audience_abonnement (staff_user_id, collectivite_id) VALUES (?, ?) ON CONFLICT DO NOTHING"
                : "DELETE FROM audience_abonnement WHERE staff_user_id = ? AND collectivite_id = ?";
        jdbc.sql(sql).params(staffId, collectiviteId).update();
    }

    @Scheduled(cron = "${portail.audience.resume-cron:0 0 7 1 * *}", zone = "Europe/Paris")
    void lastMonth() {
        send(YearMonth.now(clock.withZone(PortailClock.ZONE)).minusMonths(1));
    }

    /** Queues the summary of this month to every subscriber not sent it yet; returns how many were queued. */
    @Transactional
    public int send(YearMonth month) {
        record Subscriber(long staffUserId, long collectiviteId, String email) {}
        var subscribers = jdbc.sql("""
                SELECT a.staff_user_id, a.collectivite_id, u.email FROM audience_abonnement a
                JOIN staff_user u ON u.id = a.staff_user_id WHERE u.enabled
                """)
                .query(new org.springframework.jdbc.core.SimplePropertyRowMapper<>(Subscriber.class))
                .list();
        var period = new Period(month.atDay(1), month.atEndOfMonth(), "semaine");
        int sent = 0;
        for (var s : subscribers) {
            int mine = jdbc.sql("INSERT INTO audience_resume_envoye (mois, staff_user_id, collectivite_id)"
                            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(month.atDay(1), s.staffUserId(), s.collectiviteId())
                    .update();
            var collectivite = collectivites.findById(s.collectiviteId());
            if (mine == 0 || collectivite.isEmpty()) {
                continue;
            }
            var d = dashboards.of(collectivite.get(), period);
            String name = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE));
            outbox.send(
                    s.collectiviteId(),
                    s.email(),
                    "Fréquentation du portail de " + d.nom() + " — " + name,
                    // On the platform's public address, as every staff mail: the back office lives there.
                    SummaryText.of(d, name, links.link("/admin/" + d.slug() + "/audience")));
            sent++;
        }
        return sent;
    }
}
