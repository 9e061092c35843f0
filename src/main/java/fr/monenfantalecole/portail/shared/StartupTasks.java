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

    public void expect(String task) {
        pending.add(task);
    }

    public void done(String task) {
        pending.remove(task);
    }

    public boolean ready() {
        return pending.isEmpty();
    }

    @Override
    public Health health() {
        return pending.isEmpty()
                ? Health.up().build()
                : Health.outOfService()
                        .withDetail("en cours", List.copyOf(pending))
                        .build();
    }
}
