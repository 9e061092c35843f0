package fr.monenfantalecole.portail.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A logged-in staff member and the roles granted to them, collectivité by collectivité. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String nom;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final List<Grant> grants;

    StaffPrincipal(long id, String email, String nom, String passwordHash, boolean enabled, List<Grant> grants) {
        this.id = id;
        this.email = email;
        this.nom = nom;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.grants = List.copyOf(grants);
    }

    public long id() {
        return id;
    }

    public String nom() {
        return nom;
    }

    public List<Grant> grants() {
        return grants;
    }

    public boolean isPlatformAdmin() {
        return grants.stream().anyMatch(g -> g.is(Role.PLATFORM_ADMIN));
    }

    /**
     * Whether this person manages the collectivité: the platform admin manages all; an admin of a
     * collectivité manages it and those below it (an EPCI's member communes).
     */
    public boolean canManage(long collectiviteId, Collection<Long> ancestorIds) {
        return isPlatformAdmin()
                || grants.stream()
                        .filter(g -> g.is(Role.COLLECTIVITE_ADMIN))
                        .map(Grant::collectiviteId)
                        .filter(Objects::nonNull)
                        .anyMatch(id -> id == collectiviteId || ancestorIds.contains(id));
    }

    /**
     * Whether this person follows the school pages of the collectivité: whoever manages it, and the
     * agents granted for it or for a collectivité above it.
     */
    public boolean canFollowSchoolPages(long collectiviteId, Collection<Long> ancestorIds) {
        return canManage(collectiviteId, ancestorIds)
                || grants.stream()
                        .filter(g -> g.is(Role.COLLECTIVITE_AGENT))
                        .map(Grant::collectiviteId)
                        .filter(Objects::nonNull)
                        .anyMatch(id -> id == collectiviteId || ancestorIds.contains(id));
    }

    /** The establishments this person directs, with the collectivité that invited them. */
    public List<Grant> directedEstablishments() {
        return grants.stream()
                .filter(g -> g.is(Role.SCHOOL_DIRECTOR) && g.etablissement() != null && g.collectiviteId() != null)
                .toList();
    }

    public boolean isSchoolDirector() {
        return !directedEstablishments().isEmpty();
    }

    /** Whether this person directs the establishment (a school director's grant, never an admin's). */
    public boolean directs(String etablissement) {
        return directedEstablishments().stream().anyMatch(g -> etablissement.equals(g.etablissement()));
    }

    /** A national role (granted for the whole platform), such as a step of the review chain. */
    public boolean hasNationalRole(String role) {
        return grants.stream().anyMatch(g -> g.role().equals(role) && g.collectiviteId() == null);
    }

    /** Whether this person holds any national role besides the platform's administration. */
    public boolean isNationalEditor() {
        return grants.stream()
                .anyMatch(g -> g.collectiviteId() == null
                        && !g.is(Role.PLATFORM_ADMIN)
                        && !g.is(Role.COLLECTIVITE_ADMIN)
                        && !g.is(Role.SCHOOL_DIRECTOR)
                        && !g.is(Role.COLLECTIVITE_AGENT));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role()))
                .distinct()
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal p && p.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + id + "]";
    }
}
