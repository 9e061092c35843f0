package fr.monenfantalecole.portail.sector;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sector index of this node, and each collectivité's communes in it. Built from every rule in
 * the background once the node is ready (or by a lookup that comes sooner); then a collectivité's import ({@link SectorRules.Changed}, heard on every node)
 * rebuilds only the communes it had or has rules for, from their rules whoever imported them (the
 * Département's collège rules share the communes of the communes' own rules). A national index of a
 * million rules is thus built once per node, not on every import anywhere.
 *
 * <p>The communes of a collectivité's territory are kept with the index they were taken from, so a
 * lookup reads no database and scans no other commune; they go with the index, and on any change of
 * a collectivité (an EPCI's members).
 */
@Component
class LiveSectorIndex {

    /** An index and the territories taken from it: swapped together, never one without the other. */
    private record Current(SectorIndex index, Cache<Long, List<CommuneEntry>> territories) {

        Current(SectorIndex index) {
            this(index, Caffeine.newBuilder().maximumSize(20_000).build());
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LiveSectorIndex.class);

    private final SectorRules rules;
    private final Collectivites collectivites;
    private volatile @Nullable Current current;
    // Guarded by this: the communes each collectivité has rules for, as in the current index.
    private Map<Long, Set<String>> communesByOwner = Map.of();

    LiveSectorIndex(SectorRules rules, Collectivites collectivites) {
        this.rules = rules;
        this.collectivites = collectivites;
    }

    SectorIndex index() {
        return current().index();
    }

    /** The generation of the views taken now ({@link View#generation()}). */
    Object generation() {
        return current();
    }

    /**
     * The index, and the communes of the collectivité's territory in it (those with rules, in its
     * order); generation is the same object for every view taken before the next change of rules
     * or of a collectivité, so what is kept from a view can be told stale by identity.
     */
    record View(SectorIndex index, List<CommuneEntry> territory, Object generation) {}

    View view(Collectivite collectivite) {
        var now = current();
        return new View(
                now.index(),
                now.territories().get(collectivite.id(), id -> {
                    var territory = collectivites.territory(collectivite);
                    // A commune or an EPCI lists its communes; a département is every commune of its prefix.
                    return territory.departementCode() == null
                            ? now.index().communes(territory.communeCodes())
                            : now.index().territory(territory::contains);
                }),
                now);
    }

    /**
     * Builds the index in the background once the node takes traffic, so that no parent's lookup
     * waits for a national index to be read from every rule (tens of seconds at a million rules).
     * A lookup arriving first builds it itself; the lock makes the other one wait, not build twice.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofPlatform().daemon().name("portail-carte-scolaire").start(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                log.warn("Index de la carte scolaire non préparé au démarrage : construit à la première recherche", e);
            }
        });
    }

    /** Rebuilds the whole index from every rule. */
    synchronized void reload() {
        var owners = rules.communesByOwner();
        current = new Current(new SectorIndex(rules.all()));
        communesByOwner = owners;
    }

    @EventListener
    synchronized void onRulesChanged(SectorRules.Changed changed) {
        var now = current;
        if (now == null) {
            return; // not built yet: the first lookup reads the rules as they are
        }
        Set<String> communes = new HashSet<>(communesByOwner.getOrDefault(changed.collectiviteId(), Set.of()));
        var owned = rules.communesOf(changed.collectiviteId());
        communes.addAll(owned);
        current = new Current(now.index().replacing(communes, rules.ofCommunes(communes)));
        var owners = new java.util.HashMap<>(communesByOwner);
        owners.put(changed.collectiviteId(), owned);
        communesByOwner = owners;
    }

    @EventListener(Collectivites.Changed.class)
    synchronized void onCollectivitesChanged() {
        var now = current;
        if (now != null) {
            current = new Current(now.index());
        }
    }

    private Current current() {
        var now = current;
        if (now == null) {
            synchronized (this) {
                if (current == null) {
                    reload();
                }
                now = java.util.Objects.requireNonNull(current);
            }
        }
        return now;
    }
}
