package fr.monenfantalecole.portail.shared;

/**
 * An event that must reach every app node, not only the one where the write happened: a record
 * nested in the type that owns what changed (e.g. {@code LocalValues.Changed(long collectiviteId)}),
 * published through {@link ClusterEvents#publish} and heard with {@code @EventListener} on its type.
 *
 * <p>Implementing this interface is what puts a type on the list of events a notification may carry
 * ({@link RelayedEvents}); a notification naming any other type is dropped. Keep such records small
 * (ids, no text): a PostgreSQL notification holds under 8,000 bytes.
 */
public interface ClusterEvent {}
