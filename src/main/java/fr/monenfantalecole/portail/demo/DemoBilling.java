package fr.monenfantalecole.portail.demo;

import fr.monenfantalecole.portail.billing.BillingRefusal;
import fr.monenfantalecole.portail.billing.InvoiceIssuing;
import fr.monenfantalecole.portail.billing.PaymentRecording;
import fr.monenfantalecole.portail.billing.PriceList;
import fr.monenfantalecole.portail.billing.PriceLists;
import fr.monenfantalecole.portail.billing.Quote;
import fr.monenfantalecole.portail.billing.Quoting;
import fr.monenfantalecole.portail.billing.Reminders;
import fr.monenfantalecole.portail.billing.Subscription;
import fr.monenfantalecole.portail.billing.Subscriptions;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operator's sales on the demo, dated from today so every state holds whatever the day:
 * Fougères Agglomération's period ended two months ago (its agents see the banner), Vitré's ends this
 * month (paid, renewal notice sent), Rennes paid after a partial credit note, Saint-Malo has not paid
 * and got a reminder, the Département has a quote waiting for its order. Fougères has none: the
 * operator's journey of issue 17 starts there. Invoices are issued in date order, so their numbers
 * follow the dates. Loaded once, when Rennes has no subscription yet.
 */
@Component
@Order(46)
class DemoBilling implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBilling.class);
    /** Postcode and town of each billed collectivité's accounts department. */
    private static final Map<String, String> TOWNS = Map.of(
            "fougeres-agglomeration", "35300 Fougères",
            "vitre", "35500 Vitré",
            "rennes", "35000 Rennes",
            "saint-malo", "35400 Saint-Malo",
            "ille-et-vilaine", "35000 Rennes");

    private final DemoData demo;
    private final Collectivites collectivites;
    private final PriceLists prices;
    private final Quoting quoting;
    private final Subscriptions subscriptions;
    private final InvoiceIssuing issuing;
    private final PaymentRecording payments;
    private final Reminders reminders;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoBilling(
            DemoData demo,
            Collectivites collectivites,
            PriceLists prices,
            Quoting quoting,
            Subscriptions subscriptions,
            InvoiceIssuing issuing,
            PaymentRecording payments,
            Reminders reminders,
            TransactionTemplate transaction,
            Clock clock) {
        this.demo = demo;
        this.collectivites = collectivites;
        this.prices = prices;
        this.quoting = quoting;
        this.subscriptions = subscriptions;
        this.issuing = issuing;
        this.payments = payments;
        this.reminders = reminders;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var rennes = collectivites.findBySlug("rennes").orElse(null);
        if (!demo.enabled() || rennes == null || !subscriptions.of(rennes.id()).isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(s -> load(LocalDate.now(clock)));
        } catch (BillingRefusal refusal) {
            // Invoices of this year already issued later than the demo's dates: the demo stays out.
            log.warn("Facturation de démonstration non chargée : {}", refusal.getMessage());
        }
    }

    private void load(LocalDate today) {
        if (prices.inForce(monthStart(today, 15)).isEmpty()) {
            // The seed prices; yearly periods from their start, so the demo's states hold any day.
            prices.add(new PriceList(
                    0, monthStart(today, 15).withMonth(1), 7_500, 7_500, 60_000, null, null, 2_000, false));
        }
        var agglo = subscribe("fougeres-agglomeration", monthStart(today, 14));
        payInFull(
                issuing.invoice(agglo.id(), null, agglo.debut().plusDays(7)).id(),
                agglo.debut().plusDays(40));

        var vitre = subscribe("vitre", monthStart(today, 11));
        payInFull(
                issuing.invoice(vitre.id(), null, vitre.debut().plusDays(7)).id(),
                vitre.debut().plusDays(40));

        var rennes = subscribe("rennes", monthStart(today, 4));
        var invoice = issuing.invoice(rennes.id(), null, rennes.debut().plusDays(3));
        var credit = issuing.creditNote(
                invoice.id(),
                7_500,
                "école fermée à la rentrée",
                null,
                rennes.debut().plusDays(20));
        payments.record(
                invoice.id(),
                rennes.debut().plusDays(45),
                invoice.totalTtcCents() - credit.totalTtcCents(),
                "Mandat " + rennes.debut().getYear() + "-0412",
                null);

        var malo = subscribe("saint-malo", monthStart(today, 3));
        issuing.invoice(malo.id(), null, malo.debut().plusDays(5));
        // The morning job of that day: Saint-Malo's first reminder, Vitré's renewal notice.
        reminders.run(malo.debut().plusDays(50));

        collectivites
                .findBySlug("ille-et-vilaine")
                .ifPresent(d -> quoting.quote(d, monthStart(today, -1), Map.of(), null));
    }

    private Subscription subscribe(String slug, LocalDate start) {
        Collectivite c = collectivites.findBySlug(slug).orElseThrow();
        long quote = quoting.quote(c, start, Map.of(), null);
        String siren = c.siren() != null ? c.siren() : "213502388";
        return quoting.accept(
                c,
                quote,
                new Quote.Order(
                        start.minusDays(10),
                        "EJ-" + start.getYear() + "-" + slug.toUpperCase(java.util.Locale.ROOT),
                        "FINANCES",
                        siren + "00019",
                        "Hôtel de ville, service des finances\n" + TOWNS.get(slug),
                        "finances@" + slug + ".demo"),
                null);
    }

    private void payInFull(long invoiceId, LocalDate day) {
        payments.record(invoiceId, day, payments.due(invoiceId), "Mandat " + day.getYear() + "-" + invoiceId, null);
    }

    /** The first day of the month {@code monthsAgo} months before today's (negative: after). */
    private static LocalDate monthStart(LocalDate today, int monthsAgo) {
        return today.minusMonths(monthsAgo).withDayOfMonth(1);
    }
}
