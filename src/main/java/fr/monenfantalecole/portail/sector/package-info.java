/** Carte scolaire: sector rules by street and number range, address understanding, lookup and coverage. */
@ApplicationModule(allowedDependencies = {"account", "school", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.sector;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
