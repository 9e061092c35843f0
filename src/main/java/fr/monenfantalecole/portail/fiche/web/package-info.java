/** Public questions-réponses pages, the editor and the review screens. */
@NullMarked
package fr.monenfantalecole.portail.fiche.web;

import org.jspecify.annotations.NullMarked;
