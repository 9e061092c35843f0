package fr.monenfantalecole.portail.fiche;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The national sheets as the public pages show them, read once for every collectivité: the published
 * entries of the catalogue and their published versions. A collectivité's first page of a sheet (a cold
 * page, at 5,000 collectivités almost every first visit) then reads only what is its own (hidden sheets,
 * local values) instead of the sheet, its version and each related sheet again.
 *
 * <p>A publication changes them ({@link NationalFiches.Published}, heard on every node; the catalogue
 * is loaded at start, before any page, and again by a corpus import, hence a 10-minute backstop). The snapshot is stamped with the count of
 * publications heard when its reading began, and used only while no other was heard since: a reading
 * that overlapped a publication is never served afterwards. Its listener runs before the page cache's
 * ({@code tenant.PageEvictions}), so a page rendered from the old snapshot overlaps that eviction and is
 * not kept.
 */
@Component
class PublishedSheets {

    private record Snapshot(
            long stamp, long readAt, List<Fiche> fiches, Map<String, Fiche> byId, Map<Long, FicheVersion> versions) {}

    /**
     * A backstop: the catalogue's planning columns (theme, level, order) change without a publication when
     * the corpus is imported again from the back office; read again after this long, as the other caches do.
     */
    private static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final NationalFiches fiches;
    private final AtomicLong publications = new AtomicLong();
    private volatile @Nullable Snapshot snapshot;

    PublishedSheets(NationalFiches fiches) {
        this.fiches = fiches;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onPublished(NationalFiches.Published published) {
        publications.incrementAndGet();
        snapshot = null;
    }

    /** The published sheets, in catalogue order. */
    List<Fiche> all() {
        return current().fiches();
    }

    /** A published sheet by its id. */
    Optional<Fiche> find(String id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** The published version of a sheet of {@link #all()}. */
    Optional<FicheVersion> version(Fiche fiche) {
        Long id = fiche.publishedVersionId();
        if (id == null) {
            return Optional.empty();
        }
        var kept = current().versions().get(id);
        // A sheet taken from the snapshot before a publication replaced it: its version from the database.
        return kept != null ? Optional.of(kept) : fiches.version(id);
    }

    private Snapshot current() {
        long stamp = publications.get();
        var now = snapshot;
        if (now != null && now.stamp() == stamp && System.nanoTime() - now.readAt() < MAX_AGE_NANOS) {
            return now;
        }
        long readAt = System.nanoTime();
        List<Fiche> published = fiches.published();
        Map<String, Fiche> byId = published.stream()
                .collect(Collectors.toMap(Fiche::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, FicheVersion> versions =
                fiches.publishedVersions().stream().collect(Collectors.toMap(FicheVersion::id, Function.identity()));
        var loaded = new Snapshot(stamp, readAt, List.copyOf(published), Map.copyOf(byId), Map.copyOf(versions));
        if (publications.get() == stamp) {
            snapshot = loaded;
        }
        return loaded;
    }
}
