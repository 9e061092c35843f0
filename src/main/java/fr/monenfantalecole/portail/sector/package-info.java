/** Carte scolaire: sector rules by street and number range, address understanding, lookup and coverage. */
@NullMarked
package fr.monenfantalecole.portail.sector;

import org.jspecify.annotations.NullMarked;
