package fr.monenfantalecole.portail.support;

import org.jspecify.annotations.Nullable;

/**
 * The objects of a collectivité that one module's routes name, for the isolation campaign
 * ({@code tenant.CrossTenantMatrixIntegrationTest}). Each module's test package declares one as a
 * bean, next to the tests of its routes: a new {@code {id}} segment gets its object and its value
 * there, and a route whose variable no bean resolves fails the campaign.
 */
public interface ForeignIds {

    /** Creates this module's objects in the collectivité before the campaign; they are removed after it. */
    void create(IsolationTenant tenant);

    /**
     * The collectivité's value for {@code {variable}} in this route, or null when the variable is not
     * one of this module's objects.
     *
     * @param segment the last literal segment before the variable: "agenda" in /admin/{slug}/agenda/{id}
     */
    @Nullable
    String value(String pattern, String segment, String variable, IsolationTenant tenant);
}
