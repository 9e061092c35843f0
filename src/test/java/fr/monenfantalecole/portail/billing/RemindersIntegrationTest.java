package fr.monenfantalecole.portail.billing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.monenfantalecole.portail.mail.Courriel;
import fr.monenfantalecole.portail.mail.Outbox;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.support.Fixtures;
import fr.monenfantalecole.portail.support.PortailTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The morning job: an overdue invoice is reminded once per level, at the configured delays, until it
 * is paid; a subscription near its end gets one renewal notice. Invoices, credit notes, payments and
 * reminders all go to the journal.
 */
@PortailTest
class RemindersIntegrationTest {

    @Autowired
    Reminders reminders;

    @Autowired
    Quoting quoting;

    @Autowired
    PriceLists prices;

    @Autowired
    InvoiceIssuing issuing;

    @Autowired
    PaymentRecording payments;

    @Autowired
    Subscriptions subscriptions;

    /** Its invoiced commune ({@link Fixtures#invoiced()}): what it invoices is never removed. */
    @Autowired
    Fixtures fixtures;

    /** Where the invoiced commune's invoices and reminders go. */
    String billingAddress = "";

    @Autowired
    Outbox outbox;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Test
    void anOverdueInvoiceIsRemindedOncePerLevelUntilPaidAndEveryStepIsJournaled() {
        var invoiced = fixtures.invoiced().collectivite();
        billingAddress = InvoiceNumberingIntegrationTest.billingAddress(invoiced);
        var period = InvoiceNumberingIntegrationTest.subscribe(
                quoting, prices, invoiced, LocalDate.of(2073, 1, 1), "EJ-RELANCE");
        var invoice = issuing.invoice(period.id(), null);
        assertThat(actions(invoice.numero())).containsExactly("facture émise");
        LocalDate due = invoice.echeance();

        reminders.run(due.plusDays(14));
        assertThat(reminders.of(invoice.id())).isEmpty();
        reminders.run(due.plusDays(15));
        reminders.run(due.plusDays(16));
        assertThat(reminders.of(invoice.id())).containsExactly(new Reminders.Sent(1, due.plusDays(15)));
        assertThat(mailsAbout(invoice.numero()))
                .singleElement()
                .satisfies(m -> assertThat(m.corps())
                        .contains("reste due pour " + Euros.format(invoice.totalTtcCents()))
                        .contains("frais de recouvrement"));
        assertThat(actions(invoice.numero())).contains("relance 1 envoyée");

        // A partial credit note and the payment of the rest: each in the journal, and no more reminders.
        var credit = issuing.creditNote(invoice.id(), 5_000, "une école fermée", null);
        assertThat(audit.forObject("facture", credit.numero())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("avoir émis");
            assertThat(e.detail()).isEqualTo(Euros.format(credit.totalTtcCents()) + " TTC");
        });
        long rest = invoice.totalTtcCents() - credit.totalTtcCents();
        assertThat(payments.due(invoice.id())).isEqualTo(rest);
        payments.record(invoice.id(), LocalDate.now(clock), rest, "M-RELANCE-1", null);
        assertThat(audit.forObject("facture", invoice.numero()))
                .filteredOn(e -> e.action().equals("paiement enregistré"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo(Euros.format(rest) + ", mandat M-RELANCE-1"));
        reminders.run(due.plusDays(30));
        reminders.run(due.plusDays(60));
        assertThat(reminders.of(invoice.id())).hasSize(1);
        assertThat(mailsAbout(invoice.numero())).hasSize(1);

        // Near its end, the period gets its renewal notice, once.
        LocalDate noticeDay = period.fin().minusDays(30);
        reminders.run(noticeDay);
        reminders.run(noticeDay.plusDays(1));
        assertThat(subscriptions.find(period.id()).avisRenouvellementLe()).isEqualTo(noticeDay);
        assertThat(audit.forObject("abonnement", String.valueOf(period.id())))
                .extracting(AuditLog.Event::action)
                .containsExactly("avis de renouvellement envoyé");
    }

    private List<String> actions(String numero) {
        return audit.forObject("facture", numero).stream()
                .map(AuditLog.Event::action)
                .toList();
    }

    private List<Courriel> mailsAbout(String numero) {
        return outbox.to(billingAddress).stream()
                .filter(m -> m.sujet().equals("Relance : facture " + numero + " impayée"))
                .toList();
    }
}
