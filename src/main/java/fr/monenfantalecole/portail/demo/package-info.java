/** Demo collectivités of Ille-et-Vilaine, their schools and accounts, for the embedded default only. */
@NullMarked
package fr.monenfantalecole.portail.demo;

import org.jspecify.annotations.NullMarked;
