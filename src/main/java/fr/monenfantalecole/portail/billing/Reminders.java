package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.shared.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning: a reminder for every unpaid invoice that reached one of the configured delays after
 * its due date, and the renewal notice of every subscription ending within the notice period. Each
 * is sent once (a row records it, in the same transaction as the queued mail).
 */
@Component
public class Reminders {

    private final Invoices invoices;
    private final Subscriptions subscriptions;
    private final Quotes quotes;
    private final Outbox outbox;
    private final Seller seller;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Reminders(
            Invoices invoices,
            Subscriptions subscriptions,
            Quotes quotes,
            Outbox outbox,
            Seller seller,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock) {
        this.invoices = invoices;
        this.subscriptions = subscriptions;
        this.quotes = quotes;
        this.outbox = outbox;
        this.seller = seller;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${portail.facturation.relance-cron:0 30 7 * * *}", zone = "Europe/Paris")
    public void daily() {
        run(LocalDate.now(clock));
    }

    /** Sends what is due on {@code today}; returns how many mails were queued. */
    @Transactional
    public int run(LocalDate today) {
        int sent = 0;
        for (var balance : invoices.unpaid()) {
            var invoice = invoices.find(balance.invoiceId());
            int level = 0;
            for (int days : seller.relancesJours()) {
                level++;
                if (!balance.echeance().plusDays(days).isAfter(today) && remind(invoice, balance, level, today)) {
                    sent++;
                    break;
                }
            }
        }
        for (var s : subscriptions.endingBetween(today, today.plusDays(seller.avisRenouvellementJours()))) {
            if (s.avisRenouvellementLe() == null && subscriptions.markNoticeSent(s.id(), today)) {
                var quote = quotes.find(s.collectiviteId(), s.devisId());
                mail(
                        s.collectiviteId(),
                        quote,
                        "Renouvellement de votre abonnement au portail",
                        "Bonjour,\n\nVotre abonnement au portail Mon enfant à l'école prend fin le "
                                + InvoicePdf.day(s.fin()) + ". Pour le renouveler, répondez à ce courriel : "
                                + "nous vous adresserons le devis de la période suivante.\n\n" + seller.nom());
                audit.record(
                        s.collectiviteId(),
                        null,
                        "avis de renouvellement envoyé",
                        "abonnement",
                        String.valueOf(s.id()),
                        InvoicePdf.day(s.fin()));
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(Invoice invoice, Invoices.Balance balance, int level, LocalDate today) {
        int inserted = jdbc.sql("""
                insert into relance (facture_id, niveau, envoyee_le) values (:f, :level, :day)
                on conflict (facture_id, niveau) do nothing""")
                .param("f", invoice.id())
                .param("level", level)
                .param("day", today)
                .update();
        if (inserted == 0) {
            return false;
        }
        var quote = quotes.find(
                invoice.collectiviteId(),
                subscriptions.find(invoice.abonnementId()).devisId());
        mail(
                invoice.collectiviteId(),
                quote,
                "Relance : facture " + invoice.numero() + " impayée",
                "Bonjour,\n\nSauf erreur de notre part, la facture " + invoice.numero() + " du "
                        + InvoicePdf.day(invoice.emiseLe()) + ", échue le " + InvoicePdf.day(balance.echeance())
                        + ", reste due pour " + Euros.format(balance.duCents()) + ".\n"
                        + String.join("\n", InvoicePdf.penalties()) + "\n\n" + seller.nom());
        audit.record(
                invoice.collectiviteId(),
                null,
                "relance " + level + " envoyée",
                "facture",
                invoice.numero(),
                Euros.format(balance.duCents()) + " dus");
        return true;
    }

    private void mail(long collectiviteId, Quote quote, String subject, String body) {
        String to = quote.courrielFacturation();
        if (to != null && !to.isBlank()) {
            outbox.send(collectiviteId, to, subject, body);
        }
    }

    /** The reminders sent for an invoice: level and day. */
    public java.util.List<Sent> of(long invoiceId) {
        return jdbc.sql("select niveau, envoyee_le from relance where facture_id = :f order by niveau")
                .param("f", invoiceId)
                .query((rs, n) -> new Sent(rs.getInt(1), rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** One reminder sent. */
    public record Sent(int niveau, LocalDate envoyeeLe) {}
}
