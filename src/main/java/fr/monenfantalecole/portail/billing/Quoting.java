package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.school.SchoolDirectory;
import fr.monenfantalecole.portail.shared.AuditLog;
import fr.monenfantalecole.portail.tenant.Collectivite;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes from the Annuaire: every establishment the collectivité presents is counted unless the
 * operator leaves it out with a reason; an accepted quote opens a subscription period.
 */
@Service
public class Quoting {

    private final SchoolDirectory schools;
    private final PriceLists prices;
    private final Quotes quotes;
    private final Subscriptions subscriptions;
    private final AuditLog audit;
    private final SuspendedPortalFilter filter;

    Quoting(
            SchoolDirectory schools,
            PriceLists prices,
            Quotes quotes,
            Subscriptions subscriptions,
            AuditLog audit,
            SuspendedPortalFilter filter) {
        this.filter = filter;
        this.schools = schools;
        this.prices = prices;
        this.quotes = quotes;
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    /** The establishments a quote would count today, none left out yet. */
    public List<Quote.School> candidates(Collectivite collectivite) {
        return schools.presented(collectivite).stream()
                .map(e -> new Quote.School(e.uai(), e.nom(), e.type(), true, null))
                .toList();
    }

    /**
     * A quote starting on {@code start}, leaving out the establishments given with their reason.
     *
     * @param leftOut reason by UAI; an UAI with a blank reason is counted
     */
    @Transactional
    public long quote(Collectivite collectivite, LocalDate start, Map<String, String> leftOut, @Nullable Long userId) {
        var priceList = prices.inForce(start)
                .orElseThrow(() -> new BillingRefusal("Aucun tarif n'est en vigueur à cette date."));
        var counted = candidates(collectivite).stream()
                .map(s -> {
                    String reason = leftOut.get(s.uai());
                    return reason == null || reason.isBlank()
                            ? s
                            : new Quote.School(s.uai(), s.nom(), s.type(), false, reason.strip());
                })
                .toList();
        var kinds = counted.stream()
                .filter(Quote.School::compte)
                .map(s -> PriceList.CountedKind.of(s.type()))
                .toList();
        int months = Pricing.monthsBilled(priceList, start);
        var amounts = Pricing.quote(priceList, collectivite.type(), kinds, months);
        var quote = new Quote(
                0,
                collectivite.id(),
                priceList.id(),
                start,
                Pricing.periodEnd(priceList, start),
                months,
                amounts.htCents(),
                amounts.tvaCents(),
                amounts.ttcCents(),
                java.time.Instant.EPOCH,
                null,
                null,
                null,
                null,
                null,
                null);
        long id = quotes.add(quote, counted);
        audit.record(
                collectivite.id(),
                userId,
                "devis établi",
                "devis",
                "D-" + start.getYear() + "-" + id,
                kinds.size() + " établissements, " + Euros.format(amounts.ttcCents()) + " TTC");
        return id;
    }

    /** Records the buyer's order and opens the subscription period of the quote. */
    @Transactional
    public Subscription accept(Collectivite collectivite, long quoteId, Quote.Order order, @Nullable Long userId) {
        var quote = quotes.find(collectivite.id(), quoteId);
        if (!quotes.accept(quote.id(), order)) {
            throw new BillingRefusal("Ce devis est déjà accepté.");
        }
        var previous = subscriptions
                .latest(collectivite.id())
                .filter(s -> s.fin().isBefore(quote.debut()))
                .map(Subscription::id)
                .orElse(null);
        long id = subscriptions.add(collectivite.id(), quote.id(), quote.debut(), quote.fin(), previous);
        audit.record(
                collectivite.id(),
                userId,
                "commande enregistrée",
                "devis",
                quote.numero(),
                "engagement juridique " + order.engagementJuridique() + ", service " + order.codeService());
        return subscriptions.find(id);
    }

    /** Suspends the public portal, or lifts the suspension. */
    @Transactional
    public void suspend(Collectivite collectivite, boolean suspended, @Nullable Long userId) {
        subscriptions.suspend(collectivite.id(), suspended);
        filter.forget(collectivite.id());
        audit.record(
                collectivite.id(),
                userId,
                suspended ? "portail suspendu" : "portail rétabli",
                "collectivite",
                collectivite.slug(),
                null);
    }
}
