/** Login pages. */
@NullMarked
package fr.monenfantalecole.portail.account.web;

import org.jspecify.annotations.NullMarked;
