/** The operator's billing pages and a collectivité's view of its subscription and documents. */
@NullMarked
package fr.monenfantalecole.portail.billing.web;

import org.jspecify.annotations.NullMarked;
