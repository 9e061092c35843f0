/**
 * School pages: the rubriques a collectivité chooses (the same for all its establishments), filled
 * by school directors, validated by the mairie; invitations, update requests and reminders; the
 * establishments the collectivité runs itself. Its pages are those of {@code school}'s
 * establishments, which it adds sections to through {@code school.SchoolPageSections}.
 */
@ApplicationModule(allowedDependencies = {"account", "mail", "school", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.rubrique;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
