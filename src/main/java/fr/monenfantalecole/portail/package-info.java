/** Portail des familles : une application Spring Boot découpée en modules par fonctionnalité. */
@NullMarked
package fr.monenfantalecole.portail;

import org.jspecify.annotations.NullMarked;
