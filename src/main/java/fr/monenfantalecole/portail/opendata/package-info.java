/**
 * The open formats of each portal: the public JSON API and its OpenAPI description, RSS/Atom news
 * feeds, sitemaps and robots.txt, the XML flux of the sheets (in the spirit of service-public.fr's
 * co-marquage), conditional GET (ETag/Last-Modified) and the per-client rate limit of these URLs.
 */
@ApplicationModule(allowedDependencies = {"agenda", "fiche", "news", "school", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
