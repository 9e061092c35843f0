package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.shared.AuditLog;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments received on invoices, journaled. */
@Service
public class PaymentRecording {

    private final Invoices invoices;
    private final Payments payments;
    private final AuditLog audit;

    PaymentRecording(Invoices invoices, Payments payments, AuditLog audit) {
        this.invoices = invoices;
        this.payments = payments;
        this.audit = audit;
    }

    @Transactional
    public long record(long invoiceId, LocalDate day, long cents, String mandat, @Nullable Long userId) {
        var invoice = invoices.find(invoiceId);
        if (invoice.creditNote()) {
            throw new BillingRefusal("Un paiement se rapporte à une facture, pas à un avoir.");
        }
        long id = payments.add(invoiceId, day, cents, mandat);
        audit.record(
                invoice.collectiviteId(),
                userId,
                "paiement enregistré",
                "facture",
                invoice.numero(),
                Euros.format(cents) + ", mandat " + mandat);
        return id;
    }

    /** What is left to pay on the invoice (TTC less credit notes and payments), never below zero. */
    public long due(long invoiceId) {
        return invoices.unpaid().stream()
                .filter(b -> b.invoiceId() == invoiceId)
                .mapToLong(Invoices.Balance::duCents)
                .sum();
    }
}
