package fr.monenfantalecole.portail.shared;

import org.jspecify.annotations.Nullable;

/**
 * An event that must reach every app node, not only the one where the write happened: a record
 * nested in the type that owns what changed (e.g. {@code LocalValues.Changed(long collectiviteId)}),
 * published through {@link ClusterEvents#publish} and heard with {@code @EventListener} on its type.
 *
 * <p>Implementing this interface is what puts a type on the list of events a notification may carry
 * ({@link RelayedEvents}); a notification naming any other type is dropped. Keep such records small
 * (ids, no text): a PostgreSQL notification holds under 8,000 bytes.
 */
public interface ClusterEvent {

    /**
     * The collectivité whose content changed, so that caches forget its pages (and those of its
     * parents and members, which show part of it) and keep the other portals'; null, the default,
     * when the change may show on any portal: national content, the shared school directory, a
     * collectivité's identity. An event that cannot say stays null: forgetting too much only costs a
     * render, forgetting too little shows a stale page.
     */
    default @Nullable Long collectiviteScope() {
        return null;
    }
}
