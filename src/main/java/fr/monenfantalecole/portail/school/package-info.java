/** Establishments (from the Annuaire de l'éducation), their import, and the schools of each collectivité. */
@NullMarked
package fr.monenfantalecole.portail.school;

import org.jspecify.annotations.NullMarked;
