/**
 * Audience measurement (issue 16): page views recorded on the server without cookie or stored address,
 * a visitor being a hash salted per day; daily counts, and the dashboards of each kind of user.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenant", "account", "school", "fiche", "mail"})
@NullMarked
package fr.monenfantalecole.portail.audience;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
