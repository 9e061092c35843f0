package fr.monenfantalecole.portail.enrolment;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, erases the proofs' bytes no request names any more. A request goes with its child
 * removed from "Mon foyer" or with its collectivité, by foreign key, and takes its proof rows along,
 * but not the bytes: the store is not a table the keys cascade to (and may be a folder). A file on
 * disk younger than a day is left alone: its request may still be being filed. Running twice, or on
 * two nodes, erases nothing more.
 */
@Component
class ProofSweep {

    private static final Logger LOG = LoggerFactory.getLogger(ProofSweep.class);

    private final Proofs proofs;
    private final Clock clock;

    ProofSweep(Proofs proofs, Clock clock) {
        this.proofs = proofs;
        this.clock = clock;
    }

    @Scheduled(cron = "${portail.inscriptions.menage-cron:0 45 3 * * *}", zone = "Europe/Paris")
    void run() {
        int erased = proofs.eraseOrphans(clock.instant().minus(Duration.ofDays(1)));
        if (erased > 0) {
            LOG.info("Justificatifs sans demande effacés : {}", erased);
        }
    }
}
