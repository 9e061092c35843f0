package fr.monenfantalecole.portail.tenant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import fr.monenfantalecole.portail.shared.PortailClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Public pages as they were last rendered, served from memory until their data changes: what a
 * public page shows changes only when an agent or an editor changes it, and every such change is a
 * {@link fr.monenfantalecole.portail.shared.ClusterEvent}, heard on the writing node when its transaction commits (before the agent's
 * answer) and on every other node through LISTEN/NOTIFY. An event forgets the pages of the
 * collectivité it names and of its family ({@link PageEvictions}), or every page when it names none
 * (national content): one portal's change keeps the thousands of others warm.
 *
 * <p>Memory is bounded by weight (bytes of body and headers), not by a count of collectivités. What
 * depends on the date (the agenda's "à venir", news published from a day) is forgotten at midnight.
 * A page rendered while an event arrived is not kept ({@link #generation}): it may hold data read
 * before the change.
 */
@Component
class PublicPages {

    /**
     * A rendered page or public API answer: its body, the headers to send again, its strong validator,
     * its Cache-Control; what it was computed from ({@code validWhile}, see {@link
     * fr.monenfantalecole.portail.shared.web.PageFacts#VALID_WHILE}) and the facts the counting reads.
     */
    record Page(
            byte[] body,
            String contentType,
            List<Header> headers,
            String etag,
            String cacheControl,
            @Nullable BooleanSupplier validWhile,
            Map<String, Object> facts) {

        record Header(String name, String value) {}

        Page(byte[] body, String contentType, List<Header> headers, String etag) {
            this(body, contentType, headers, etag, PublicPageFilter.CACHE_CONTROL, null, Map.of());
        }

        /** Whether the sources it was computed from are still the current ones (always, for a page). */
        boolean current() {
            return validWhile == null || validWhile.getAsBoolean();
        }

        int weight() {
            int weight = body.length + contentType.length() + etag.length() + cacheControl.length() + 64;
            for (var h : headers) {
                weight += h.name().length() + h.value().length() + 32;
            }
            return weight;
        }
    }

    private final Cache<String, Page> pages;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean active;

    PublicPages(
            Clock clock,
            MeterRegistry registry,
            @Value("${portail.pages-publiques.memoire:256MB}") DataSize memory,
            @Value("${portail.pages-publiques.active:true}") boolean active) {
        this.active = active;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(memory.toBytes())
                .weigher((String key, Page page) -> key.length() + page.weight())
                .expireAfter(untilMidnight(clock))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, pages, "pages_publiques");
    }

    /** On unless {@code portail.pages-publiques.active=false} (an operator's way out). */
    boolean active() {
        return active;
    }

    /** Turns serving from memory on or off (tests, or an operator through the property). */
    public void activate(boolean on) {
        forget();
        active = on;
    }

    /** Taken before rendering; a page is kept only if no change was heard since. */
    long generation() {
        return generation.get();
    }

    @Nullable
    Page find(String key) {
        return pages.getIfPresent(key);
    }

    void keep(String key, Page page, long renderedAt) {
        pages.asMap().compute(key, (k, old) -> generation.get() == renderedAt ? page : old);
        // An event between the check above and now: forget what was just kept.
        if (generation.get() != renderedAt) {
            pages.invalidate(key);
        }
    }

    /** Forgets this page if it is still the one kept (its sources changed since it was computed). */
    void drop(String key, Page page) {
        pages.asMap().remove(key, page);
    }

    /** Forgets the pages of these collectivités (a change of their content). */
    void forget(Collection<Long> collectiviteIds) {
        generation.incrementAndGet();
        var ids = Set.copyOf(collectiviteIds);
        pages.asMap().keySet().removeIf(key -> ids.contains(collectiviteOf(key)));
    }

    /** Whether a page of this collectivité is kept (the metrics and the tests ask). */
    boolean holds(long collectiviteId) {
        return pages.asMap().keySet().stream().anyMatch(key -> collectiviteOf(key) == collectiviteId);
    }

    /** A page's key starts with its collectivité's id; the rest says which page it is. */
    static String key(long collectiviteId, String page) {
        return collectiviteId + " " + page;
    }

    static long collectiviteOf(String key) {
        return Long.parseLong(key.substring(0, key.indexOf(' ')));
    }

    /** Forgets every page, after a write made around the services (a test, a SQL console). */
    public void forget() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    long size() {
        return pages.estimatedSize();
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Expiry<String, Page> untilMidnight(Clock clock) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String key, Page page, long currentTime) {
                var now = ZonedDateTime.now(clock.withZone(PortailClock.ZONE));
                var midnight = LocalDate.from(now).plusDays(1).atStartOfDay(PortailClock.ZONE);
                return Math.max(1, Duration.between(now, midnight).toNanos());
            }

            @Override
            public long expireAfterUpdate(String key, Page page, long currentTime, long currentDuration) {
                return expireAfterCreate(key, page, currentTime);
            }

            @Override
            public long expireAfterRead(String key, Page page, long currentTime, long currentDuration) {
                return currentDuration;
            }
        };
    }
}
