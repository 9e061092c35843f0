package fr.monenfantalecole.portail.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler whose address names no object of a collectivité but its slug: a public page, or the
 * caller's own account, household or session. The isolation campaign
 * ({@code CrossTenantMatrixIntegrationTest}) skips it and says why; every other route must be tried
 * with another collectivité's ids, so a new handler either carries this with its reason or gets a
 * resolver for its ids in its module's tests.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NoForeignId {

    /** Why, in French, as the campaign prints it: "page publique", "foyer de l'appelant"… */
    String value();
}
