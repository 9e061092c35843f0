/** What every module needs: errors, the embedded database, request logging, HTML sanitising. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package fr.monenfantalecole.portail.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
