package fr.monenfantalecole.portail.search;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one collectivité shows: the national items except those it hid, its own items, and the
 * establishments of its territory it presents.
 */
public record SearchScope(
        long collectiviteId,
        Set<String> hiddenIds,
        Set<String> communes,
        @Nullable String departementCode,
        boolean ecoles,
        boolean colleges) {

    /** Everything national, no establishment: the benchmarks' view. */
    public static SearchScope nationalOnly() {
        return new SearchScope(-1, Set.of(), Set.of(), null, false, false);
    }
}
