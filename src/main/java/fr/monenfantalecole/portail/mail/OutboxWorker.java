package fr.monenfantalecole.portail.mail;

import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds, sends what the outbox holds (safe on several nodes, see {@link OutboxDelivery}). */
@Component
class OutboxWorker {

    private final OutboxDelivery delivery;

    OutboxWorker(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${portail.mail.envoi.intervalle:PT5S}", initialDelayString = "PT5S")
    void deliver() {
        delivery.deliverDue(Instant.now());
    }
}
