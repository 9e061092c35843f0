/** The platform's front page and each collectivité's home page, composed from the other modules. */
@NullMarked
package fr.monenfantalecole.portail.home;

import org.jspecify.annotations.NullMarked;
