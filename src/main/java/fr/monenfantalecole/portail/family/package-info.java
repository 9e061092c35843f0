/**
 * The family account (issue 14): a parent's login, the household (adults, children, adults allowed
 * to collect them), the second responsable's invitation, "Mon espace" (schools, agenda, sector), the
 * agents' view of the families of their territory, and what the RGPD asks (consent, export,
 * deletion, retention). Family sessions are kept apart from staff sessions.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant", "account", "mail", "school", "sector", "agenda", "news"})
@NullMarked
package fr.monenfantalecole.portail.family;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
