package fr.monenfantalecole.portail.sector;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What carte scolaire lookups keep between requests, all computed from one generation of the sector
 * index ({@link LiveSectorIndex.View#generation()}) and one reading of the Annuaire, of the
 * collectivités (whose drawn sectors a point lookup tries: its own, its ancestors', its members') and
 * of the drawn sectors. It is never emptied: a change replaces it whole (see {@link CarteScolaire}), so that a
 * lookup still running on the old one can only fill a memory no one reads any more, never put an
 * answer computed before a change into the memory read after it.
 *
 * <p>Bounded by size; the expiry only backs up a notification that would not arrive.
 */
record LookupMemory(
        Object generation,
        Cache<String, String> names,
        Cache<AnswerKey, CarteScolaire.Result> answers,
        Cache<Long, List<Long>> owners,
        Cache<Long, List<SectorPolygons.Sector>> drawn) {

    /** An address lookup: the address as typed (folding happens inside; line breaks separate parts). */
    record AnswerKey(
            long collectiviteId, String adresse, @Nullable String niveau) {}

    LookupMemory(Object generation) {
        // Owners' drawn sectors: per owner, shared by the point lookups of its ancestors and members.
        this(generation, bounded(100_000), bounded(50_000), bounded(20_000), bounded(2_000));
    }

    private static <K, V> Cache<K, V> bounded(long size) {
        return Caffeine.newBuilder()
                .maximumSize(size)
                .expireAfterWrite(Duration.ofMinutes(10))
                .build();
    }
}
