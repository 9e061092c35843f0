/** The platform's front page and each collectivité's home page, composed from the other modules. */
@ApplicationModule(allowedDependencies = {"news", "school", "service", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
