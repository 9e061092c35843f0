package fr.monenfantalecole.portail.account;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A role held for one collectivité, or for the whole platform when the collectivité is null. Roles
 * are names: the fixed ones of {@link Role} and the editorial roles of the configurable review chain.
 * A school director's grant also names the establishment (UAI, or "L" + id for an establishment the
 * collectivité runs), the collectivité being the one that invited the director.
 */
public record Grant(
        String role,
        @Nullable Long collectiviteId,
        @Nullable String etablissement) implements Serializable {

    public Grant(String role, @Nullable Long collectiviteId) {
        this(role, collectiviteId, null);
    }

    public boolean is(Role r) {
        return role.equals(r.name());
    }
}
