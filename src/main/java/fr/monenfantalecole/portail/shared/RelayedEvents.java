package fr.monenfantalecole.portail.shared;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a {@link ClusterEvent} travels in a PostgreSQL notification: a JSON envelope with the node that
 * sent it, the event's type name and its fields.
 *
 * <p>The types a notification may name are listed once, when the application starts, from the
 * records of the application's own packages that implement {@link ClusterEvent}. A received type
 * name is only looked up in that list: a class is never loaded from a name read in a notification.
 */
final class RelayedEvents {

    /** pg_notify refuses a payload of 8,000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7_900;

    private static final Logger log = LoggerFactory.getLogger(RelayedEvents.class);

    private final JsonMapper json = JsonMapper.builder().build();
    private final String node = UUID.randomUUID().toString();
    private final Map<String, Class<? extends ClusterEvent>> types;

    RelayedEvents(Iterable<Class<? extends ClusterEvent>> allowed) {
        var byName = new TreeMap<String, Class<? extends ClusterEvent>>();
        allowed.forEach(type -> byName.put(type.getName(), type));
        this.types = Map.copyOf(byName);
    }

    /** The records implementing {@link ClusterEvent} under the given package and its subpackages. */
    static RelayedEvents scanning(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ClusterEvent.class));
        var found = scanner.findCandidateComponents(basePackage).stream()
                .map(definition -> ClassUtils.resolveClassName(
                        Objects.requireNonNull(definition.getBeanClassName(), "a scanned class has a name"),
                        ClusterEvent.class.getClassLoader()))
                .filter(Class::isRecord)
                .<Class<? extends ClusterEvent>>map(type -> type.asSubclass(ClusterEvent.class))
                .collect(Collectors.toList());
        return new RelayedEvents(found);
    }

    Set<String> typeNames() {
        return types.keySet();
    }

    String encode(ClusterEvent event) {
        String name = event.getClass().getName();
        if (!types.containsKey(name)) {
            throw new IllegalArgumentException(name + " is not a record of the application implementing ClusterEvent");
        }
        ObjectNode envelope = json.createObjectNode();
        envelope.put("node", node);
        envelope.put("type", name);
        envelope.set("event", json.valueToTree(event));
        String payload = json.writeValueAsString(envelope);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException(name + " is too large for a PostgreSQL notification");
        }
        return payload;
    }

    /**
     * The event a notification carries, unless this node sent it (it already heard it at commit), or
     * the notification is not one of ours.
     */
    Optional<ClusterEvent> decode(String payload) {
        try {
            var envelope = json.readTree(payload);
            if (node.equals(envelope.path("node").asString(""))) {
                return Optional.empty();
            }
            var type = types.get(envelope.path("type").asString(""));
            if (type == null || !envelope.has("event")) {
                log.warn("Notification ignorée : type d'événement inconnu");
                return Optional.empty();
            }
            return Optional.of(json.treeToValue(envelope.get("event"), type));
        } catch (JacksonException e) {
            log.warn("Notification ignorée : {}", e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
