package fr.monenfantalecole.portail.family;

import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in adult on a portal. Their household's pages open only on the portals that share their
 * account ({@link FamilySpace}); elsewhere the adult is offered to move their account there.
 */
@Component
public class Household {

    private static final String CURRENT = Household.class.getName() + ".adulte";

    private final Adults adults;
    private final FamilySpace space;

    Household(Adults adults, FamilySpace space) {
        this.adults = adults;
        this.space = space;
    }

    /** The account as {@link FamilySessionGate} read it for this request, so that the pages need not read it again. */
    static void keep(HttpServletRequest request, Adult adult) {
        request.setAttribute(CURRENT, adult);
    }

    /** The signed-in adult's own record, read once per request. */
    public Adult me(FamilyPrincipal me) {
        var attributes = RequestContextHolder.getRequestAttributes();
        var kept = attributes == null ? null : attributes.getAttribute(CURRENT, RequestAttributes.SCOPE_REQUEST);
        return kept instanceof Adult adult && adult.id() == me.adulteId() ? adult : adults.get(me.adulteId());
    }

    /** Whether the adult's account belongs to this portal's group of collectivités. */
    public boolean atHome(FamilyPrincipal me, Collectivite portal) {
        return space.sharing(portal).contains(me(me).collectiviteId());
    }

    /** The adult, on a portal that shares their account; 404 on any other. */
    public Adult adult(FamilyPrincipal me, Collectivite portal) {
        var adult = me(me);
        if (!space.sharing(portal).contains(adult.collectiviteId())) {
            throw new NotFoundException("Compte famille d'un autre portail");
        }
        return adult;
    }
}
