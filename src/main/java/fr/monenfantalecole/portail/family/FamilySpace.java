package fr.monenfantalecole.portail.family;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.CollectiviteType;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which portals share their family accounts. One account opens every portal of an intercommunalité
 * and of its member communes; a commune outside any subscribing intercommunalité keeps its accounts
 * to itself, and so does a département (its portal is about collèges, not a household's commune).
 */
@Component
public class FamilySpace {

    private final Collectivites collectivites;

    /** Read on every family page; the groups change only when a collectivité does. */
    private final Cache<Long, List<Long>> sharing = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    FamilySpace(Collectivites collectivites) {
        this.collectivites = collectivites;
    }

    @EventListener(Collectivites.Changed.class)
    void forget() {
        sharing.invalidateAll();
    }

    /** The collectivités whose accounts may sign in on this portal, this one first. */
    public List<Long> sharing(Collectivite portal) {
        return sharing.get(portal.id(), id -> List.copyOf(group(portal)));
    }

    private List<Long> group(Collectivite portal) {
        long root = root(portal);
        var ids = new ArrayList<Long>();
        ids.add(portal.id());
        if (root != portal.id()) {
            ids.add(root);
        }
        collectivites.children(root).stream()
                .map(Collectivite::id)
                .filter(id -> !ids.contains(id))
                .forEach(ids::add);
        return ids;
    }

    /** The agents of a collectivité see the families of it and of the collectivités under it. */
    public List<Long> managedBy(Collectivite collectivite) {
        var ids = new ArrayList<Long>();
        ids.add(collectivite.id());
        for (int i = 0; i < ids.size() && i < 1000; i++) {
            collectivites.children(ids.get(i)).forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    private long root(Collectivite portal) {
        if (portal.type() == CollectiviteType.EPCI || portal.type() == CollectiviteType.DEPARTEMENT) {
            return portal.id();
        }
        for (long id : collectivites.ancestorIds(portal.id())) {
            var ancestor = collectivites.findById(id);
            if (ancestor.isPresent() && ancestor.get().type() == CollectiviteType.EPCI) {
                return id;
            }
        }
        return portal.id();
    }
}
