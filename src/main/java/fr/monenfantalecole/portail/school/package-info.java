/**
 * Establishments (from the Annuaire de l'éducation), their import, and the schools of each
 * collectivité. It depends on no module that adds to a school's page: those implement
 * {@link fr.monenfantalecole.portail.school.SchoolPageSections}.
 */
@ApplicationModule(allowedDependencies = {"account", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.school;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
