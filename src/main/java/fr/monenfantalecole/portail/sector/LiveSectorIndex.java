package fr.monenfantalecole.portail.sector;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.monenfantalecole.portail.shared.StartupTasks;
import fr.monenfantalecole.portail.tenant.Collectivite;
import fr.monenfantalecole.portail.tenant.Collectivites;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The sector index of this node, and each collectivité's communes in it. Built from every rule while
 * the node starts, on a thread of its own beside the search index, and waited for before the node
 * says it is ready ({@code portail.carte-scolaire.index-avant-pret}, on by default; off, it is built in
 * the background after ready, or by a lookup that comes sooner); then a collectivité's import ({@link SectorRules.Changed}, heard on every node)
 * rebuilds only the communes it had or has rules for, from their rules whoever imported them (the
 * Département's collège rules share the communes of the communes' own rules). A national index of a
 * million rules is thus built once per node, not on every import anywhere.
 *
 * <p>The communes of a collectivité's territory are kept with the index they were taken from, so a
 * lookup reads no database and scans no other commune; they go with the index, and on any change of
 * a collectivité (an EPCI's members).
 */
@Component
@Order(25) // after the demo data (20), whose rules it holds; before the search index (30), built alongside
class LiveSectorIndex implements ApplicationRunner {

    static final String STARTUP_TASK = "index de la carte scolaire";

    /** An index and the territories taken from it: swapped together, never one without the other. */
    private record Current(SectorIndex index, Cache<Long, List<CommuneEntry>> territories) {

        Current(SectorIndex index) {
            this(index, Caffeine.newBuilder().maximumSize(20_000).build());
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LiveSectorIndex.class);

    private final SectorRules rules;
    private final Collectivites collectivites;
    private final StartupTasks startup;
    private final boolean beforeReady;
    private volatile @Nullable Thread warming;
    private volatile @Nullable Current current;
    // Guarded by this: the communes each collectivité has rules for, as in the current index.
    private Map<Long, Set<String>> communesByOwner = Map.of();

    LiveSectorIndex(
            SectorRules rules,
            Collectivites collectivites,
            StartupTasks startup,
            @Value("${portail.carte-scolaire.index-avant-pret:true}") boolean beforeReady) {
        this.rules = rules;
        this.collectivites = collectivites;
        this.startup = startup;
        this.beforeReady = beforeReady;
        if (beforeReady) {
            startup.expect(STARTUP_TASK);
        }
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
     * Starts building the index while the node starts (the search index is built meanwhile on the
     * main thread: two cores, two builds); {@link SectorIndexReadiness} waits for it, the startup task
     * keeps traffic away until then. A parent's first lookups and the first pages of a national node
     * then never share the cores with the build of a million rules (tens of seconds at load).
     */
    @Override
    public void run(ApplicationArguments args) {
        if (beforeReady) {
            warming = warm();
        }
    }

    /** Off before ready: built in the background once the node takes traffic (a lookup arriving first builds it). */
    @EventListener(ApplicationReadyEvent.class)
    void warmUpAfterReady() {
        if (!beforeReady) {
            warm();
        }
    }

    /** Whether the index of every rule is built (the readiness test asks). */
    boolean built() {
        return current != null;
    }

    /** Waits for the build {@link #run} started, if any. */
    void awaitWarmUp() throws InterruptedException {
        var thread = warming;
        if (thread != null) {
            thread.join();
        }
    }

    // The lock makes a lookup arriving meanwhile wait for this build, not build twice.
    private Thread warm() {
        return Thread.ofPlatform().daemon().name("portail-carte-scolaire").start(() -> {
            long started = System.nanoTime();
            try {
                current();
                log.info("Index de la carte scolaire prêt en {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Index de la carte scolaire non préparé au démarrage : construit à la première recherche", e);
            } finally {
                if (beforeReady) {
                    startup.done(STARTUP_TASK);
                }
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
