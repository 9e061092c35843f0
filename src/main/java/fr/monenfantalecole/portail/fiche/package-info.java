/** National question/answer sheets, their versions and review chain, local placeholders, local sheets. */
@ApplicationModule(allowedDependencies = {"account", "localdata", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.fiche;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
