/**
 * E-mails the portal writes (invitations, update requests, reminders): always recorded, sent
 * through SMTP when {@code spring.mail.host} is configured, otherwise read in the back office.
 */
@ApplicationModule(allowedDependencies = {"account", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
