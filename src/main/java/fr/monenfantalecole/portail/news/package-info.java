/** News dossiers: national ones offered to every collectivité, and each collectivité's own. */
@ApplicationModule(allowedDependencies = {"account", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.news;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
