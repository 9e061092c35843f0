package fr.monenfantalecole.portail.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every app node that content changed, through PostgreSQL LISTEN/NOTIFY: a notification sent
 * inside a transaction is delivered when it commits, to every node including this one, which then
 * publishes a {@link ContentChanged} event locally. No other broker is needed.
 */
@Component
public class ClusterEvents implements SmartLifecycle {

    static final String CHANNEL = "portail_contenu";
    private static final Logger log = LoggerFactory.getLogger(ClusterEvents.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Thread listener;

    ClusterEvents(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
    }

    /** Announces a change to every node (delivered at commit when called inside a transaction). */
    public void changed(String topic) {
        jdbc.sql("select pg_notify(:channel, :topic)")
                .param("channel", CHANNEL)
                .param("topic", topic)
                .query(Object.class)
                .optional();
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
                            events.publishEvent(new ContentChanged(n.getParameter()));
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
