/** The audience dashboards, the CSV export and the public page explaining the measurement. */
@NullMarked
package fr.monenfantalecole.portail.audience.web;

import org.jspecify.annotations.NullMarked;
