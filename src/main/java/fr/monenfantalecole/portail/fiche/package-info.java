/** National question/answer sheets, their versions and review chain, local placeholders, local sheets. */
@NullMarked
package fr.monenfantalecole.portail.fiche;

import org.jspecify.annotations.NullMarked;
