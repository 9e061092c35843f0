package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewing a subscription: the quote of the next period, starting the day after the current one
 * ends, counting the Annuaire's schools of that day and leaving out those the current quote left out,
 * with the same reasons. The operator then records the new order, prefilled with the same payer.
 */
@Service
class Renewals {

    private final Subscriptions subscriptions;
    private final Quotes quotes;
    private final Quoting quoting;
    private final Collectivites collectivites;

    Renewals(Subscriptions subscriptions, Quotes quotes, Quoting quoting, Collectivites collectivites) {
        this.subscriptions = subscriptions;
        this.quotes = quotes;
        this.quoting = quoting;
        this.collectivites = collectivites;
    }

    /**
     * The quote of the period after this one: a new one, or the one already waiting for its order
     * (asking twice makes no second quote), or the quote of the period that already follows.
     */
    @Transactional
    public long renew(long subscriptionId, @Nullable Long userId) {
        var current = subscriptions.find(subscriptionId);
        LocalDate start = current.fin().plusDays(1);
        var next = subscriptions.of(current.collectiviteId()).stream()
                .filter(s -> s.debut().isAfter(current.fin()))
                .min(Comparator.comparing(Subscription::debut));
        if (next.isPresent()) {
            return next.get().devisId();
        }
        var waiting = quotes.of(current.collectiviteId()).stream()
                .filter(q -> !q.accepted() && q.debut().equals(start))
                .findFirst();
        if (waiting.isPresent()) {
            return waiting.get().id();
        }
        var leftOut = quotes.schools(current.devisId()).stream()
                .filter(s -> !s.compte() && s.motif() != null)
                .collect(Collectors.toMap(Quote.School::uai, s -> String.valueOf(s.motif())));
        var collectivite = collectivites.findById(current.collectiviteId()).orElseThrow();
        return quoting.quote(collectivite, start, leftOut, userId);
    }

    /** The order of the latest period before this quote's: the payer a renewal's order starts from. */
    public Optional<Quote> previousOrder(Quote quote) {
        return quotes.of(quote.collectiviteId()).stream()
                .filter(q -> q.accepted() && q.debut().isBefore(quote.debut()))
                .max(Comparator.comparing(Quote::debut));
    }
}
