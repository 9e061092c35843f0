package fr.monenfantalecole.portail.shared;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * What must be in place before this node takes traffic: the demo data on a demo node, the search
 * index everywhere. A component that will do such work says so when it is created ({@link #expect}),
 * so the answer is "not ready" from the first request on, and says when it is done. Part of the
 * readiness group ({@code /readyz}): a load balancer sends no parent to a node whose pages would
 * answer 404 or whose search would be empty.
 */
@Component("demarrage")
public class StartupTasks implements HealthIndicator {

    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    /**
     * Read on every request by the filter that turns traffic away while the node starts: one volatile
     * read, not a look into the set. Written under the lock so that it always says what the set says.
     */
    private volatile boolean ready = true;

    public synchronized void expect(String task) {
        pending.add(task);
        ready = false;
    }

    public synchronized void done(String task) {
        pending.remove(task);
        ready = pending.isEmpty();
    }

    public boolean ready() {
        return ready;
    }

    @Override
    public Health health() {
        return ready
                ? Health.up().build()
                : Health.outOfService()
                        .withDetail("en cours", List.copyOf(pending))
                        .build();
    }
}
