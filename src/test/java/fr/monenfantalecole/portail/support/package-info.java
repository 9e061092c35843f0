/** Test support: the shared application context and logged-in staff. */
@NullMarked
package fr.monenfantalecole.portail.support;

import org.jspecify.annotations.NullMarked;
