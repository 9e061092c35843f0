/**
 * Periscolaire (issue 15, second half): the activities a collectivité offers per school and school year
 * (cantine, accueils, mercredi, vacances), a child's sign-up, the days booked in a calendar with the
 * délai de prévenance, closed days and capacity; the agents' daily lists, attendance sheets and the
 * kitchen's meal count. Built on the family account; prices come from the service module's grids.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant", "account", "school", "family", "service", "agenda"})
@NullMarked
package fr.monenfantalecole.portail.periscolaire;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
