package fr.monenfantalecole.portail.shared.web;

import java.util.List;

/**
 * What a controller tells the audience measurement about the page it answered, as request attributes,
 * so that the measurement needs no dependency on the modules it counts; and what it tells the memory of
 * public answers ({@code tenant.PublicPageFilter}) about the sources its answer was computed from.
 */
public final class PageFacts {

    /** The number of results of a search page (an Integer). */
    public static final String SEARCH_RESULTS = PageFacts.class.getName() + ".searchResults";

    /**
     * The facts an answer kept in memory gives again to each request it serves, so that what is counted
     * after the chain is counted the same whether the answer was computed or sent from memory.
     */
    public static final List<String> KEPT_WITH_THE_ANSWER = List.of(SEARCH_RESULTS);

    /**
     * A {@link java.util.function.BooleanSupplier} taken before the answer was computed: an answer kept in
     * memory is sent again only while it says true, that is while the sources it read (the search index and
     * the collectivité's scope, the carte scolaire's index and memory) are still the current ones. A source
     * rebuilt in the background after a change (the search index, 200 ms after the event that forgot the
     * answer) thus never leaves an answer computed from its previous version in memory.
     */
    public static final String VALID_WHILE = PageFacts.class.getName() + ".validWhile";

    private PageFacts() {}
}
