package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The RGPD retention of family accounts: an account nobody signed in to for the collectivité's
 * retention period (36 months unless it set otherwise) is warned by e-mail, then deleted 30 days
 * later if still unused. A sign-in in between clears the warning ({@link Adults#signedIn}).
 */
@Component
class FamilyRetention {

    static final int NOTICE_DAYS = 30;

    record Inactive(long id, long collectiviteId, String email, int mois) {}

    private final JdbcClient jdbc;
    private final FamilyMails mails;
    private final AccountDeletion deletion;
    private final Collectivites collectivites;
    private final Clock clock;

    FamilyRetention(
            JdbcClient jdbc, FamilyMails mails, AccountDeletion deletion, Collectivites collectivites, Clock clock) {
        this.jdbc = jdbc;
        this.mails = mails;
        this.deletion = deletion;
        this.collectivites = collectivites;
        this.clock = clock;
    }

    @Scheduled(cron = "${portail.famille.conservation-cron:0 30 3 * * *}", zone = "Europe/Paris")
    public void run() {
        warn();
        deleteWarned();
    }

    /** Warns the accounts whose last use is older than the retention period less the notice. */
    int warn() {
        // The period is this module's (a collectivité without a row has the default); the portal's name, tenant's.
        List<Inactive> due = jdbc.sql("""
                select a.id, a.collectivite_id, a.email, coalesce(p.mois, :defaut) as mois
                  from famille_adulte a left join famille_conservation p on p.collectivite_id = a.collectivite_id
                 where a.avertie_inactivite_le is null
                   and coalesce(a.derniere_connexion_le, a.cree_le)
                       < :now - make_interval(months => coalesce(p.mois, :defaut)) + make_interval(days => :notice)""")
                .param("defaut", RetentionPeriod.DEFAULT_MONTHS)
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .param("notice", NOTICE_DAYS)
                .query(new SimplePropertyRowMapper<>(Inactive.class))
                .list();
        Map<Long, Optional<Collectivite>> portals = new HashMap<>();
        int warned = 0;
        for (var account : due) {
            var portail = portals.computeIfAbsent(account.collectiviteId(), collectivites::findById);
            if (portail.isEmpty()) {
                continue; // deleted meanwhile: its accounts went with it
            }
            mails.inactivity(
                    account.collectiviteId(), account.email(), portail.get().nom(), account.mois());
            jdbc.sql("update famille_adulte set avertie_inactivite_le = :now where id = :id")
                    .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                    .param("id", account.id())
                    .update();
            warned++;
        }
        return warned;
    }

    /** Deletes the accounts warned at least the notice period ago and not used since. */
    int deleteWarned() {
        List<Long> due = jdbc.sql("""
                select id from famille_adulte
                 where avertie_inactivite_le < :now - make_interval(days => :notice)""")
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .param("notice", NOTICE_DAYS)
                .query((rs, n) -> rs.getLong(1))
                .list();
        due.forEach(id -> deletion.delete(id, "conservation"));
        return due.size();
    }
}
