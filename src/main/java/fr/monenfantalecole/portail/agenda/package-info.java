/** The agenda: national school holidays by académie, events of a collectivité and its schools, iCalendar feeds. */
@ApplicationModule(allowedDependencies = {"account", "school", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.agenda;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
