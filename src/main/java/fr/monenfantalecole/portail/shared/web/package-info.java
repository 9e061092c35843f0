/** Web concerns common to every module. */
@NullMarked
package fr.monenfantalecole.portail.shared.web;

import org.jspecify.annotations.NullMarked;
