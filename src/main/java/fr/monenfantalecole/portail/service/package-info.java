/** Services of the portal: quotient familial (and, later, tariffs, agenda, links to téléservices). */
@NullMarked
package fr.monenfantalecole.portail.service;

import org.jspecify.annotations.NullMarked;
