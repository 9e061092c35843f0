package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.account.StaffUsers;
import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.shared.PortailClock;
import fr.monenfantalecole.portail.shared.web.PublicLinks;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
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
class MonthlySummaries {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Dashboards dashboards;
    private final Collectivites collectivites;
    private final Clock clock;
    private final PublicLinks links;
    private final StaffUsers staffUsers;

    MonthlySummaries(
            JdbcClient jdbc,
            StaffUsers staffUsers,
            Outbox outbox,
            Dashboards dashboards,
            Collectivites collectivites,
            Clock clock,
            PublicLinks links) {
        this.links = links;
        this.jdbc = jdbc;
        this.staffUsers = staffUsers;
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
        record Subscription(long staffUserId, long collectiviteId) {}
        var subscriptions = jdbc.sql("SELECT staff_user_id, collectivite_id FROM audience_abonnement")
                .query(new SimplePropertyRowMapper<>(Subscription.class))
                .list();
        // The accounts are the account module's: their addresses in one call, a disabled account left out.
        Map<Long, String> emails = staffUsers.enabledEmailsOf(
                subscriptions.stream().map(Subscription::staffUserId).collect(Collectors.toSet()));
        var period = new Period(month.atDay(1), month.atEndOfMonth(), "semaine");
        int sent = 0;
        for (var s : subscriptions) {
            String email = emails.get(s.staffUserId());
            if (email == null) {
                continue;
            }
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
                    email,
                    "Fréquentation du portail de " + d.nom() + " — " + name,
                    // On the platform's public address, as every staff mail: the back office lives there.
                    SummaryText.of(d, name, links.link("/admin/" + d.slug() + "/audience")));
            sent++;
        }
        return sent;
    }
}
