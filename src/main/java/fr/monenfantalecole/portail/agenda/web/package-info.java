/** Public agenda pages and feeds, and the back office of events and holiday editions. */
@NullMarked
package fr.monenfantalecole.portail.agenda.web;

import org.jspecify.annotations.NullMarked;
