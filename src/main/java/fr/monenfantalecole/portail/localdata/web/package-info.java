/** The "Mes données locales" form of the back office. */
@NullMarked
package fr.monenfantalecole.portail.localdata.web;

import org.jspecify.annotations.NullMarked;
