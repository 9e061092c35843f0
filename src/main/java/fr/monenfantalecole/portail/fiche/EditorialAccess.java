package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;

/** Who reaches the national editorial space: it answers 404 to everyone else, as a page that does not exist. */
final class EditorialAccess {

    private EditorialAccess() {}

    /** The editorial space is national: collectivité agents do not see it. */
    static void requireEditorialSpace(StaffPrincipal user) {
        if (!user.isNationalEditor() && !user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
    }

    /** The review chain and the corpus import belong to the platform's administrators. */
    static void requirePlatform(StaffPrincipal user) {
        if (!user.isPlatformAdmin()) {
            throw new NotFoundException("Page introuvable");
        }
    }
}
