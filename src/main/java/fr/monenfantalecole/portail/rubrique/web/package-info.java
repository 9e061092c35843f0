/** Back office of school pages (mairie and directors), invitations, public documents and local establishments. */
@NullMarked
package fr.monenfantalecole.portail.rubrique.web;

import org.jspecify.annotations.NullMarked;
