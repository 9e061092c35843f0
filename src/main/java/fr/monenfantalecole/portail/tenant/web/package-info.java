/** Public and back-office pages of the tenant module. */
@NullMarked
package fr.monenfantalecole.portail.tenant.web;

import org.jspecify.annotations.NullMarked;
