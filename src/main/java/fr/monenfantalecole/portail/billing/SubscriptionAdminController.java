package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Managed;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A collectivité's own subscription: periods, schools counted, quotes and invoices to download. */
@AdminController
class SubscriptionAdminController {

    private final Subscriptions subscriptions;
    private final Quotes quotes;
    private final Invoices invoices;
    private final Clock clock;

    SubscriptionAdminController(Subscriptions subscriptions, Quotes quotes, Invoices invoices, Clock clock) {
        this.subscriptions = subscriptions;
        this.quotes = quotes;
        this.invoices = invoices;
        this.clock = clock;
    }

    @GetMapping("/admin/{slug}/abonnement")
    String subscription(@Managed Collectivite collectivite, Model model) {
        var all = quotes.of(collectivite.id());
        var counted = all.stream()
                .filter(q -> q.accepted())
                .findFirst()
                .or(() -> all.stream().findFirst());
        model.addAttribute("collectivite", collectivite);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("subscriptions", subscriptions.of(collectivite.id()));
        model.addAttribute("quotes", all);
        model.addAttribute("schools", counted.map(q -> quotes.schools(q.id())).orElse(java.util.List.of()));
        model.addAttribute("invoices", invoices.of(collectivite.id()));
        model.addAttribute("suspended", subscriptions.suspended(collectivite.id()));
        return "billing/admin";
    }
}
