/** Test support: the shared application context, logged-in staff, and each test's own world ({@link fr.monenfantalecole.portail.support.Fixtures}). */
@NullMarked
package fr.monenfantalecole.portail.support;

import org.jspecify.annotations.NullMarked;
