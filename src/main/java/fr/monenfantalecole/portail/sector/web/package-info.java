/** The "which school for my address" page and its JSON endpoint. */
@NullMarked
package fr.monenfantalecole.portail.sector.web;

import org.jspecify.annotations.NullMarked;
