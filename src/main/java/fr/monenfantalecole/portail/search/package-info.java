/** Search: a Lucene index of what each collectivité shows, with French analysis, synonyms and typo tolerance. */
@ApplicationModule(
        allowedDependencies = {"agenda", "fiche", "localdata", "news", "school", "sector", "shared", "tenant"})
@NullMarked
package fr.monenfantalecole.portail.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
