package fr.monenfantalecole.portail.audience;

import fr.monenfantalecole.portail.shared.PortailClock;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the buffered views in batches, off the request threads, into the month's partition of
 * {@code audience_vue} (created on first need, by whichever node comes first). A view waits a second at
 * most (portail.audience.ecriture): a node that crashes loses the views of that second, never more; a
 * normal stop writes what waits ({@link #flushOnStop}).
 */
@Component
class AudienceStore {

    private static final Logger LOG = LoggerFactory.getLogger(AudienceStore.class);

    private final ViewBuffer buffer;
    private final DailySalt salt;
    private final JdbcTemplate jdbc;
    private final AudienceProperties properties;
    private final Set<YearMonth> partitions = ConcurrentHashMap.newKeySet();

    AudienceStore(ViewBuffer buffer, DailySalt salt, JdbcTemplate jdbc, AudienceProperties properties) {
        this.buffer = buffer;
        this.salt = salt;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${portail.audience.ecriture:PT1S}", initialDelayString = "PT2S")
    void scheduledFlush() {
        try {
            flush();
        } catch (RuntimeException e) {
            // The views of this batch are lost (counted as dropped); the next batches are tried again.
            LOG.warn("Mesure d'audience : écriture impossible ({})", e.getMessage());
        }
    }

    /** A normal stop (a rolling restart) writes the views still waiting, before the database goes. */
    @PreDestroy
    void flushOnStop() {
        scheduledFlush();
    }

    /** Writes everything waiting; returns how many views were written. */
    synchronized int flush() {
        int written = 0;
        List<PageView> batch;
        while (!(batch = buffer.take(properties.lot())).isEmpty()) {
            written += write(batch);
        }
        return written;
    }

    private int write(List<PageView> batch) {
        var rows = new ViewCopy();
        for (var view : batch) {
            LocalDate jour = LocalDate.ofInstant(view.instant(), PortailClock.ZONE);
            byte[] visitor = salt.visitor(jour, view.collectiviteId(), view.address(), view.userAgent());
            if (visitor == null) {
                buffer.drop(1);
                continue;
            }
            ensurePartition(YearMonth.from(jour));
            rows.add(jour, view, visitor);
        }
        try {
            rows.writeTo(jdbc);
        } catch (RuntimeException e) {
            buffer.drop(rows.rows());
            throw e;
        }
        return rows.rows();
    }

    List<YearMonth> months() {
        return Partitions.all(jdbc);
    }

    void ensurePartition(YearMonth month) {
        if (partitions.contains(month)) {
            return;
        }
        String sql = "CREATE TABLE IF NOT EXISTS %s PARTITION OF audience_vue FOR VALUES FROM ('%s') TO ('%s')"
                .formatted(
                        Partitions.name(month),
                        month.atDay(1),
                        month.plusMonths(1).atDay(1));
        try {
            jdbc.execute(sql);
        } catch (RuntimeException raced) {
            // Another node created it at the same instant: check it is there now.
            if (!Partitions.exists(jdbc, month)) {
                throw raced;
            }
        }
        partitions.add(month);
    }
}
