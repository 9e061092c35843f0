package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.account.AdminNotice;
import fr.monenfantalecole.portail.account.AdminNotices;
import fr.monenfantalecole.portail.account.Grant;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The banner of the agents of a collectivité whose subscription has lapsed, or ends within
 * {@value #WARNING_DAYS} days with no next period: what happened and whom to ask. The operator sees
 * none (it has its own list of what ends); a collectivité that never subscribed sees none either.
 */
@Component
class SubscriptionNotices implements AdminNotices {

    static final int WARNING_DAYS = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Subscriptions subscriptions;
    private final Collectivites collectivites;
    private final Seller seller;
    private final Clock clock;

    SubscriptionNotices(Subscriptions subscriptions, Collectivites collectivites, Seller seller, Clock clock) {
        this.subscriptions = subscriptions;
        this.collectivites = collectivites;
        this.seller = seller;
        this.clock = clock;
    }

    @Override
    public List<AdminNotice> of(StaffPrincipal user) {
        if (user.isPlatformAdmin()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return user.grants().stream()
                .map(Grant::collectiviteId)
                .filter(Objects::nonNull)
                .distinct()
                .map(collectivites::findById)
                .flatMap(Optional::stream)
                .flatMap(c -> notice(user, c, today).stream())
                .toList();
    }

    private Optional<AdminNotice> notice(StaffPrincipal user, Collectivite c, LocalDate today) {
        var periods = subscriptions.of(c.id());
        var started = periods.stream().filter(s -> !s.debut().isAfter(today)).findFirst();
        if (started.isEmpty()) {
            return Optional.empty();
        }
        var current = started.get();
        boolean renewed = periods.stream().anyMatch(s -> s.debut().isAfter(current.fin()));
        String what;
        if (current.lapsedOn(today) && periods.stream().noneMatch(s -> s.activeOn(today))) {
            what = "L'abonnement de " + c.nom() + " au portail a pris fin le "
                    + current.fin().format(DATE)
                    + ". Le portail public reste en ligne tant que l'opérateur ne le suspend pas. ";
        } else if (!renewed && !current.fin().isAfter(today.plusDays(WARNING_DAYS))) {
            what = "L'abonnement de " + c.nom() + " au portail prend fin le "
                    + current.fin().format(DATE) + ". ";
        } else {
            return Optional.empty();
        }
        boolean admin = user.canManage(c.id(), collectivites.ancestorIds(c.id()));
        if (admin) {
            return Optional.of(new AdminNotice(
                    what + "Pour le renouveler, renvoyez le bon de commande du devis de renouvellement ou écrivez à "
                            + seller.courriel() + ".",
                    "/admin/" + c.slug() + "/abonnement",
                    "Voir l'abonnement et les devis"));
        }
        return Optional.of(new AdminNotice(
                what + "Pour le renouveler, prévenez l'administrateur de votre collectivité : il le demande à "
                        + seller.courriel() + ".",
                null,
                null));
    }
}
