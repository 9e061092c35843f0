/** Services of the portal: quotient familial, the prices of each service by quotient, links to téléservices and ENT. */
@ApplicationModule(allowedDependencies = {"account", "fiche", "school", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
