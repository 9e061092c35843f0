package fr.monenfantalecole.portail.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes {@link ClusterEvent}s to every app node, through PostgreSQL LISTEN/NOTIFY: the
 * notification sent inside the writing transaction is delivered when it commits, and each other node
 * then publishes the event locally. No other broker is needed.
 *
 * <p>On the writing node the event is published once the transaction commits (at once without a
 * transaction), in the writing thread: the page that follows the write already sees fresh caches.
 * Listeners only evict or rebuild, so an event heard twice (a retry) does no harm.
 */
@Component
public class ClusterEvents implements SmartLifecycle {

    static final String CHANNEL = "portail_contenu";
    private static final Logger log = LoggerFactory.getLogger(ClusterEvents.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final RelayedEvents relayed;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile @Nullable Thread listener;

    ClusterEvents(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
        // The application's packages: the parent of this one.
        String shared = ClusterEvents.class.getPackageName();
        this.relayed = RelayedEvents.scanning(shared.substring(0, shared.lastIndexOf('.')));
        log.info("Événements relayés entre nœuds : {}", relayed.typeNames());
    }

    /** Publishes the event here after commit, and on every other node when it hears of the commit. */
    public void publish(ClusterEvent event) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", relayed.encode(event))
                .query(Object.class)
                .optional();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // The write is committed: a listener that fails (a cache reload) must not turn the
                    // answer into an error page, nor skip what the caller does next. It is logged, as
                    // on the other nodes, and the next change or the caches' expiry repairs it.
                    try {
                        events.publishEvent(event);
                    } catch (RuntimeException e) {
                        log.error("Événement {} non appliqué sur ce nœud après validation", event, e);
                    }
                }
            });
        } else {
            events.publishEvent(event);
        }
    }

    /** The names of the event types a notification may carry. */
    Set<String> relayedTypes() {
        return relayed.typeNames();
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            listener = Thread.ofPlatform().daemon().name("portail-listen").start(this::listen);
        }
    }

    @Override
    public void stop() {
        running.set(false);
        var thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    private void listen() {
        while (running.get()) {
            try (Connection connection = dataSource.getConnection()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var pg = connection.unwrap(PGConnection.class);
                while (running.get()) {
                    var notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (var n : notifications) {
                            relayed.decode(n.getParameter()).ifPresent(events::publishEvent);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running.get()) {
                    log.warn("Écoute des changements interrompue, reprise dans 2 s : {}", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            TimeUnit.SECONDS.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
