package fr.monenfantalecole.portail.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.fiche.HiddenFiches;
import fr.monenfantalecole.portail.news.Actualites;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.time.Duration;
import java.util.HashSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What each collectivité's parents may find, kept in memory: three queries (hidden fiches, hidden news,
 * territory) that every search and every suggestion paid, for data an agent changes a few times a year.
 * Forgotten by the events that change it, heard on every node (ClusterEvents): a fiche or a news item
 * hidden or shown again, a collectivité or its members changed. The collectivité's own settings
 * (schools or collèges shown, INSEE code) are part of the entry, so a changed row is never served an
 * old scope. Bounded like the collectivités' lookups; the expiry only backs up a lost notification.
 */
@Component
class SearchScopes {

    private record Entry(Collectivite collectivite, SearchScope scope) {}

    private final HiddenFiches hiddenFiches;
    private final Actualites actualites;
    private final Collectivites collectivites;
    private final Cache<Long, Entry> byCollectivite = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    SearchScopes(HiddenFiches hiddenFiches, Actualites actualites, Collectivites collectivites) {
        this.hiddenFiches = hiddenFiches;
        this.actualites = actualites;
        this.collectivites = collectivites;
    }

    SearchScope of(Collectivite c) {
        var entry = byCollectivite.get(c.id(), id -> load(c));
        if (!entry.collectivite().equals(c)) {
            entry = load(c);
            byCollectivite.put(c.id(), entry);
        }
        return entry.scope();
    }

    private Entry load(Collectivite c) {
        var hidden = new HashSet<>(hiddenFiches.of(c.id()));
        actualites.hidden(c.id()).forEach(id -> hidden.add("A" + id));
        var territory = collectivites.territory(c);
        return new Entry(
                c,
                new SearchScope(
                        c.id(),
                        hidden,
                        new HashSet<>(territory.communeCodes()),
                        territory.departementCode(),
                        c.afficherEcoles(),
                        c.afficherColleges()));
    }

    @EventListener
    void onHiddenFiches(HiddenFiches.Changed event) {
        byCollectivite.invalidate(event.collectiviteId());
    }

    @EventListener
    void onNews(Actualites.Changed event) {
        Long id = event.collectiviteId();
        if (id == null) {
            byCollectivite.invalidateAll();
        } else {
            byCollectivite.invalidate(id);
        }
    }

    /** A collectivité created, renamed or its members changed: an EPCI's territory is its members'. */
    @EventListener(Collectivites.Changed.class)
    void onCollectivites() {
        byCollectivite.invalidateAll();
    }
}
