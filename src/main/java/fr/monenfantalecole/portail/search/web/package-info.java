/** The search page, suggestions and the public JSON endpoint. */
@NullMarked
package fr.monenfantalecole.portail.search.web;

import org.jspecify.annotations.NullMarked;
