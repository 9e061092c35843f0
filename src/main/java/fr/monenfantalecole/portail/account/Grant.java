package fr.monenfantalecole.portail.account;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A role held for one collectivité, or for the whole platform when the collectivité is null. Roles
 * are names: the fixed ones of {@link Role} and the editorial roles of the configurable review chain.
 */
public record Grant(String role, @Nullable Long collectiviteId) implements Serializable {

    public boolean is(Role r) {
        return role.equals(r.name());
    }
}
