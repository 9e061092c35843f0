@NullMarked
package fr.monenfantalecole.portail.periscolaire.web;

import org.jspecify.annotations.NullMarked;
