package fr.monenfantalecole.portail.shared;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

    /** The name to show for who did something, among the names asked for a list. */
    static String who(Map<Long, String> names, @Nullable Long id) {
        return id == null ? NOBODY : names.getOrDefault(id, NOBODY);
    }
}
