/** Collectivités (communes, intercommunalités, départements), their branding and how a request finds its own. */
@NullMarked
package fr.monenfantalecole.portail.tenant;

import org.jspecify.annotations.NullMarked;
