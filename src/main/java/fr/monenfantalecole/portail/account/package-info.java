/** Staff accounts, roles granted per collectivité, login and its protections. */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package fr.monenfantalecole.portail.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
