/**
 * The operator's sale of the portal: price lists, quotes from the Annuaire's schools, subscriptions,
 * Factur-X invoices and credit notes with one gapless numbering per year, payments and reminders.
 */
@ApplicationModule(allowedDependencies = {"account", "mail", "school", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
