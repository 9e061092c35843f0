package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issues invoices and credit notes: the number, the Factur-X document and the row are written in
 * one transaction, so that a failure leaves neither a number used nor a document half made.
 */
@Service
public class InvoiceIssuing {

    private final InvoiceNumbers numbers;
    private final Invoices invoices;
    private final Subscriptions subscriptions;
    private final Quotes quotes;
    private final Collectivites collectivites;
    private final FacturX facturX;
    private final ChorusDeposit chorus;
    private final Seller seller;
    private final PriceLists prices;
    private final AuditLog audit;
    private final Clock clock;

    InvoiceIssuing(
            InvoiceNumbers numbers,
            Invoices invoices,
            Subscriptions subscriptions,
            Quotes quotes,
            Collectivites collectivites,
            FacturX facturX,
            ChorusDeposit chorus,
            Seller seller,
            PriceLists prices,
            AuditLog audit,
            Clock clock) {
        this.numbers = numbers;
        this.invoices = invoices;
        this.subscriptions = subscriptions;
        this.quotes = quotes;
        this.collectivites = collectivites;
        this.facturX = facturX;
        this.chorus = chorus;
        this.seller = seller;
        this.prices = prices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The invoice of a subscription period, from its accepted quote, issued today. */
    @Transactional
    public Invoice invoice(long subscriptionId, @Nullable Long userId) {
        return invoice(subscriptionId, userId, LocalDate.now(clock));
    }

    /**
     * The invoice of a subscription period, issued on {@code today}: a past day is refused when an
     * invoice of the year already carries a later day, so numbers stay in the order of dates.
     */
    @Transactional
    public Invoice invoice(long subscriptionId, @Nullable Long userId, LocalDate today) {
        var subscription = subscriptions.find(subscriptionId);
        var quote = quotes.find(subscription.collectiviteId(), subscription.devisId());
        if (!invoices.ofSubscription(subscriptionId).stream()
                .filter(i -> !i.creditNote())
                .toList()
                .isEmpty()) {
            throw new BillingRefusal("Cette période d'abonnement est déjà facturée.");
        }
        var collectivite = collectivite(subscription.collectiviteId());
        int rank = numbers.next(Invoice.Nature.FACTURE, today.getYear());
        inDateOrder(Invoice.Nature.FACTURE, today);
        var document = new InvoiceDocument(
                Invoice.Nature.FACTURE,
                InvoiceNumbers.format(Invoice.Nature.FACTURE, today.getYear(), rank),
                today,
                today.plusDays(seller.delaiPaiementJours()),
                "Abonnement au portail Mon enfant à l'école (" + quote.moisFactures() + " mois, devis " + quote.numero()
                        + ")",
                subscription.debut(),
                subscription.fin(),
                quote.amounts(),
                taux(quote),
                collectivite.nom(),
                collectivite.siren(),
                orEmpty(quote.siretPayeur()),
                orEmpty(quote.adressePayeur()),
                quote.engagementJuridique(),
                quote.codeService(),
                null,
                null);
        return store(collectivite, subscriptionId, today.getYear(), rank, document, null, userId);
    }

    /** A credit note cancelling {@code htCents} of the invoice (all of what is left, or part of it). */
    @Transactional
    public Invoice creditNote(long invoiceId, long htCents, String reason, @Nullable Long userId) {
        return creditNote(invoiceId, htCents, reason, userId, LocalDate.now(clock));
    }

    /** The same, issued on {@code today}, in date order as invoices are. */
    @Transactional
    public Invoice creditNote(long invoiceId, long htCents, String reason, @Nullable Long userId, LocalDate today) {
        var origin = invoices.find(invoiceId);
        if (origin.creditNote()) {
            throw new BillingRefusal("Un avoir s'émet sur une facture, pas sur un avoir.");
        }
        long credited = invoices.creditNotesOf(invoiceId).stream()
                .mapToLong(Invoice::totalHtCents)
                .sum();
        if (htCents <= 0 || htCents > origin.totalHtCents() - credited) {
            throw new BillingRefusal("L'avoir doit être positif et ne pas dépasser le reste de la facture ("
                    + Euros.format(origin.totalHtCents() - credited) + " HT).");
        }
        var collectivite = collectivite(origin.collectiviteId());
        var quote = quotes.find(
                origin.collectiviteId(),
                subscriptions.find(origin.abonnementId()).devisId());
        if (today.isBefore(origin.emiseLe())) {
            throw new BillingRefusal("Un avoir ne peut pas précéder la facture qu'il corrige.");
        }
        int rank = numbers.next(Invoice.Nature.AVOIR, today.getYear());
        inDateOrder(Invoice.Nature.AVOIR, today);
        var document = new InvoiceDocument(
                Invoice.Nature.AVOIR,
                InvoiceNumbers.format(Invoice.Nature.AVOIR, today.getYear(), rank),
                today,
                today,
                "Avoir sur la facture " + origin.numero() + " : " + reason,
                origin.periodeDebut(),
                origin.periodeFin(),
                Pricing.withVat(htCents, origin.tauxTvaCentiemes()),
                origin.tauxTvaCentiemes(),
                collectivite.nom(),
                collectivite.siren(),
                orEmpty(quote.siretPayeur()),
                orEmpty(quote.adressePayeur()),
                origin.engagementJuridique(),
                origin.codeService(),
                origin.numero(),
                origin.emiseLe());
        return store(collectivite, origin.abonnementId(), today.getYear(), rank, document, origin.id(), userId);
    }

    private Invoice store(
            Collectivite collectivite,
            long subscriptionId,
            int year,
            int rank,
            InvoiceDocument document,
            @Nullable Long originId,
            @Nullable Long userId) {
        var written = facturX.write(document);
        long id = invoices.add(
                collectivite.id(), subscriptionId, year, rank, document.nature(), document, originId, written);
        audit.record(
                collectivite.id(),
                userId,
                document.nature() == Invoice.Nature.AVOIR ? "avoir émis" : "facture émise",
                "facture",
                document.numero(),
                Euros.format(document.amounts().ttcCents()) + " TTC");
        // The file for Chorus Pro is written once the invoice exists for good, never for a rolled-back one.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                chorus.deposit(document.numero(), written);
            }
        });
        return invoices.find(id);
    }

    /** Checked once the series is locked (by {@link InvoiceNumbers#next}): no other issue can slip in. */
    private void inDateOrder(Invoice.Nature nature, LocalDate day) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw new BillingRefusal("Une facture ne s'émet pas à une date future.");
        }
        var last = invoices.lastIssuedOn(nature, day.getYear());
        if (last.isPresent() && day.isBefore(last.get())) {
            throw new BillingRefusal("Une facture de " + day.getYear() + " est déjà émise le "
                    + InvoicePdf.day(last.get()) + " : les numéros suivent l'ordre des dates.");
        }
    }

    private Collectivite collectivite(long id) {
        return collectivites.findById(id).orElseThrow(() -> new NotFoundException("Collectivité introuvable"));
    }

    private int taux(Quote quote) {
        return prices.find(quote.tarifVersionId()).orElseThrow().tauxTvaCentiemes();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
