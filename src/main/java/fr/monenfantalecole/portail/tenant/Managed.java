package fr.monenfantalecole.portail.tenant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A back-office handler parameter that receives the {@link Collectivite} of its {@code /admin/{slug}/…}
 * route, already checked against the signed-in staff member's grants: resolved once per request, so no
 * handler repeats the check. A collectivité the user may not reach answers 404, exactly as one that
 * does not exist. On a route without {@code {slug}} (the national team's pages share some handlers),
 * the parameter is null and must be declared {@code @Nullable}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Managed {

    /** The grant the route needs. */
    Scope value() default Scope.MANAGE;

    /** What the staff member must be allowed to do with the collectivité. */
    enum Scope {
        /** Manage it: its agents and those of a collectivité above it, and the platform. */
        MANAGE,
        /** Follow its school pages: the managers, and the agents given the school pages only. */
        SCHOOL_PAGES
    }
}
