/** Search: a Lucene index of what each collectivité shows, with French analysis, synonyms and typo tolerance. */
@NullMarked
package fr.monenfantalecole.portail.search;

import org.jspecify.annotations.NullMarked;
