/** News dossiers: national ones offered to every collectivité, and each collectivité's own. */
@NullMarked
package fr.monenfantalecole.portail.news;

import org.jspecify.annotations.NullMarked;
