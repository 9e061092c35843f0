/** The embedded PostgreSQL of the default run, or the external server when configured. */
@NullMarked
package fr.monenfantalecole.portail.shared.database;

import org.jspecify.annotations.NullMarked;
