package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;

/** Pages that are the operator's job (creating collectivités, validating host names): anyone else finds none. */
final class PlatformOnly {

    private PlatformOnly() {}

    static void require(StaffPrincipal user) {
        if (!user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
    }
}
