/** Services of the portal: quotient familial, the prices of each service by quotient, links to téléservices and ENT. */
@NullMarked
package fr.monenfantalecole.portail.service;

import org.jspecify.annotations.NullMarked;
