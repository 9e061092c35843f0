/** Staff accounts, roles granted per collectivité, login and its protections. */
@NullMarked
package fr.monenfantalecole.portail.account;

import org.jspecify.annotations.NullMarked;
