/** Collectivités (communes, intercommunalités, départements), their branding and how a request finds its own. */
@ApplicationModule(allowedDependencies = {"account", "shared"})
@NullMarked
package fr.monenfantalecole.portail.tenant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
