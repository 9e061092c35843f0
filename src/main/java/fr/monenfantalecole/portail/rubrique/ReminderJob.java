package fr.monenfantalecole.portail.rubrique;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, reminds directors of update requests due soon (safe on several nodes). */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final UpdateRequests requests;
    private final Clock clock;

    ReminderJob(UpdateRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(cron = "${portail.rubriques.relance-cron:0 0 7 * * *}", zone = "Europe/Paris")
    void remind() {
        int sent = requests.sendReminders(LocalDate.now(clock));
        if (sent > 0) {
            log.info("{} rappel(s) de mise à jour envoyé(s).", sent);
        }
    }
}
