/** Each collectivité's values for the local fields dictionary, typed and validated. */
@NullMarked
package fr.monenfantalecole.portail.localdata;

import org.jspecify.annotations.NullMarked;
