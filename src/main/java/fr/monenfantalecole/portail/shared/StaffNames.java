package fr.monenfantalecole.portail.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The display names of staff users, for code that shows who did something without depending on the
 * module that keeps the accounts: {@code account} implements it ({@code StaffUsers}), since it depends
 * on {@code shared} and not the other way round. Callers pass every id of a list at once.
 */
public interface StaffNames {

    /** The names of these staff users by id; an id without a user (removed since) is left out. */
    Map<Long, String> namesOf(Collection<Long> ids);

    /** Who is shown as having done what nobody did, or a person removed since did. */
    String NOBODY = "système";

    /**
     * A list whose rows say who did them, with one call for every name: {@code idOf} gives a row's person
     * (null for nobody), {@code named} makes the row's result from the row and the names found.
     */
    static <R, T> List<T> named(
            ObjectProvider<StaffNames> staffNames,
            List<R> rows,
            Function<R, @Nullable Long> idOf,
            BiFunction<R, Map<Long, String>, T> named) {
        Set<Long> ids = new HashSet<>();
        for (R row : rows) {
            Long id = idOf.apply(row);
            if (id != null) {
                ids.add(id);
            }
        }
        Map<Long, String> names =
                ids.isEmpty() ? Map.of() : staffNames.getObject().namesOf(ids);
        List<T> result = new ArrayList<>(rows.size());
        for (R row : rows) {
            result.add(named.apply(row, names));
        }
        return result;
    }

    /** The name to show for who did something, among the names asked for a list. */
    static String who(Map<Long, String> names, @Nullable Long id) {
        return id == null ? NOBODY : names.getOrDefault(id, NOBODY);
    }
}
