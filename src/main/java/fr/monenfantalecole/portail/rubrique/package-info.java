/**
 * School pages: the rubriques a collectivité chooses (the same for all its establishments), filled
 * by school directors, validated by the mairie; invitations, update requests and reminders; the
 * establishments the collectivité runs itself.
 */
@NullMarked
package fr.monenfantalecole.portail.rubrique;

import org.jspecify.annotations.NullMarked;
