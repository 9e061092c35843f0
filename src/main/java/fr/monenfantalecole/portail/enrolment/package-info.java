/**
 * Inscription scolaire (issue 15): a parent files a request for a child and a school year from Mon
 * espace, with the sector école of the household's address or a dérogation, and the proofs the
 * collectivité requires; agents follow a queue and decide, the family reads each step, an accepted
 * request gives a certificat d'inscription, and a director sees the pupils admitted to their school.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant", "account", "mail", "school", "sector", "family"})
@NullMarked
package fr.monenfantalecole.portail.enrolment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
