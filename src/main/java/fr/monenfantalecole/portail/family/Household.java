package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import org.springframework.stereotype.Component;

/**
 * The signed-in adult on a portal. Their household's pages open only on the portals that share their
 * account ({@link FamilySpace}); elsewhere the adult is offered to move their account there.
 */
@Component
public class Household {

    private final Adults adults;
    private final FamilySpace space;

    Household(Adults adults, FamilySpace space) {
        this.adults = adults;
        this.space = space;
    }

    /** Whether the adult's account belongs to this portal's group of collectivités. */
    public boolean atHome(FamilyPrincipal me, Collectivite portal) {
        return space.sharing(portal).contains(adults.get(me.adulteId()).collectiviteId());
    }

    /** The adult, on a portal that shares their account; 404 on any other. */
    public Adult adult(FamilyPrincipal me, Collectivite portal) {
        var adult = adults.get(me.adulteId());
        if (!space.sharing(portal).contains(adult.collectiviteId())) {
            throw new NotFoundException("Compte famille d'un autre portail");
        }
        return adult;
    }
}
