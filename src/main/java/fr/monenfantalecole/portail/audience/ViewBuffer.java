package fr.monenfantalecole.portail.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Page views waiting to be written, bounded: when the database is slow or the traffic bursts, a view
 * that does not fit is dropped and counted, and the page is never kept waiting.
 */
@Component
class ViewBuffer {

    private final ArrayBlockingQueue<PageView> queue;
    private final AtomicLong dropped = new AtomicLong();

    ViewBuffer(AudienceProperties properties) {
        this.queue = new ArrayBlockingQueue<>(properties.tampon());
    }

    void add(PageView view) {
        if (!queue.offer(view)) {
            dropped.incrementAndGet();
        }
    }

    List<PageView> take(int max) {
        var batch = new ArrayList<PageView>(Math.min(max, queue.size()));
        queue.drainTo(batch, max);
        return batch;
    }

    int waiting() {
        return queue.size();
    }

    /** Views dropped since this node started (the buffer was full, or their day's salt was already gone). */
    long dropped() {
        return dropped.get();
    }

    void drop(int count) {
        dropped.addAndGet(count);
    }
}
