package fr.monenfantalecole.portail.tenant;

import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The collectivités a staff member manages. Asking for any other one is answered exactly as for a
 * collectivité that does not exist: 404, never 403, so that nothing leaks.
 */
@Component
class ManagedCollectivites {

    private final Collectivites collectivites;

    ManagedCollectivites(Collectivites collectivites) {
        this.collectivites = collectivites;
    }

    public Collectivite require(String slug, StaffPrincipal user) {
        return collectivites
                .findBySlug(slug)
                .filter(c -> user.canManage(c.id(), collectivites.ancestorIds(c.id())))
                .orElseThrow(() -> new NotFoundException("Collectivité introuvable : " + slug));
    }

    /** Like {@link #require}, for the school pages, which the collectivité's agents follow too. */
    public Collectivite requireSchoolPages(String slug, StaffPrincipal user) {
        return collectivites
                .findBySlug(slug)
                .filter(c -> user.canFollowSchoolPages(c.id(), collectivites.ancestorIds(c.id())))
                .orElseThrow(() -> new NotFoundException("Collectivité introuvable : " + slug));
    }

    /** The collectivités whose school pages this person follows without managing them. */
    public List<Collectivite> schoolPagesOnly(StaffPrincipal user) {
        return collectivites.all().stream()
                .filter(c -> {
                    var ancestors = collectivites.ancestorIds(c.id());
                    return !user.canManage(c.id(), ancestors) && user.canFollowSchoolPages(c.id(), ancestors);
                })
                .toList();
    }

    public List<Collectivite> all(StaffPrincipal user) {
        return collectivites.all().stream()
                .filter(c -> user.canManage(c.id(), collectivites.ancestorIds(c.id())))
                .toList();
    }
}
