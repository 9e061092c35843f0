/** The outbox pages of the back office. */
@NullMarked
package fr.monenfantalecole.portail.mail.web;

import org.jspecify.annotations.NullMarked;
