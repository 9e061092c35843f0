package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.account.AdminController;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The operator renews a subscription: the next period's quote, then its order as for any quote. */
@AdminController
class OperatorRenewalController {

    private final Renewals renewals;

    OperatorRenewalController(Renewals renewals) {
        this.renewals = renewals;
    }

    @PostMapping("/admin/facturation/abonnements/{id:[0-9]+}/renouvellement")
    String renew(@AuthenticationPrincipal StaffPrincipal user, @PathVariable long id) {
        OperatorOnly.require(user);
        return "redirect:/admin/facturation/devis/" + renewals.renew(id, user.id()) + "?renouvellement";
    }
}
