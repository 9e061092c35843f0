/** The pages of the inscription scolaire: the parent's, the agents' and the director's. */
@NullMarked
package fr.monenfantalecole.portail.enrolment.web;

import org.jspecify.annotations.NullMarked;
