/** The agenda: national school holidays by académie, events of a collectivité and its schools, iCalendar feeds. */
@NullMarked
package fr.monenfantalecole.portail.agenda;

import org.jspecify.annotations.NullMarked;
