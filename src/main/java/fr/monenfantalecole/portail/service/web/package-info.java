/** The quotient familial page and its JSON endpoint. */
@NullMarked
package fr.monenfantalecole.portail.service.web;

import org.jspecify.annotations.NullMarked;
