/** The family account's pages: sign-up and sign-in, the household, Mon espace, the agents' pages. */
@NullMarked
package fr.monenfantalecole.portail.family.web;

import org.jspecify.annotations.NullMarked;
