package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.account.Grant;
import fr.monenfantalecole.portail.account.StaffPrincipal;
import fr.monenfantalecole.portail.shared.NotFoundException;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The school pages a director may write, from their grants: a page they do not direct, or that its
 * collectivité no longer presents, answers 404, as one that does not exist.
 */
@Component
class DirectorDesks {

    /** One page a director works on, with the collectivité that invited them and its rubriques. */
    record Desk(
            Collectivite collectivite,
            SchoolPage etablissement,
            @Nullable RubriqueSet set) {

        String path() {
            return "/admin/mes-etablissements/" + etablissement.key();
        }

        String key() {
            return etablissement.key();
        }

        Rubrique rubrique(long id) {
            if (set == null) {
                throw new NotFoundException("Rubrique introuvable");
            }
            return set.rubriques().stream()
                    .filter(r -> r.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Rubrique introuvable"));
        }
    }

    private final Collectivites collectivites;
    private final SchoolPages pages;
    private final Rubriques rubriques;

    DirectorDesks(Collectivites collectivites, SchoolPages pages, Rubriques rubriques) {
        this.collectivites = collectivites;
        this.pages = pages;
        this.rubriques = rubriques;
    }

    List<Desk> of(StaffPrincipal user) {
        List<Desk> desks = new ArrayList<>();
        for (Grant g : user.directedEstablishments()) {
            // A director's grant always names both; a grant without them gives no desk.
            Long id = g.collectiviteId();
            String key = g.etablissement();
            if (id == null || key == null) {
                continue;
            }
            var c = collectivites.findById(id).orElse(null);
            if (c == null) {
                continue;
            }
            pages.find(c, key)
                    .ifPresent(
                            e -> desks.add(new Desk(c, e, rubriques.resolve(c).orElse(null))));
        }
        return desks;
    }

    Desk require(StaffPrincipal user, String key) {
        if (!user.directs(key)) {
            throw new NotFoundException("Établissement introuvable");
        }
        return of(user).stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Établissement introuvable"));
    }
}
