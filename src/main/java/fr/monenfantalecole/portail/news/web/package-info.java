/** The Actualités zone and the news back office. */
@NullMarked
package fr.monenfantalecole.portail.news.web;

import org.jspecify.annotations.NullMarked;
