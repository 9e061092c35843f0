package fr.monenfantalecole.portail.billing;

import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;

/** Selling the portal is the operator's job: anyone else finds no such page. */
final class OperatorOnly {

    private OperatorOnly() {}

    static void require(StaffPrincipal user) {
        if (!user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
    }
}
