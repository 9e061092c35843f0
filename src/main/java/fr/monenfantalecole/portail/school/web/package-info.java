/** Public school pages and the establishment import in the back office. */
@NullMarked
package fr.monenfantalecole.portail.school.web;

import org.jspecify.annotations.NullMarked;
