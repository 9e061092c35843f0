/** Each collectivité's values for the local fields dictionary, typed and validated. */
@ApplicationModule(allowedDependencies = {"account", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.localdata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
