package fr.monenfantalecole.portail.shared.web;

/**
 * What a controller tells the audience measurement about the page it answered, as request attributes,
 * so that the measurement needs no dependency on the modules it counts.
 */
public final class PageFacts {

    /** The number of results of a search page (an Integer). */
    public static final String SEARCH_RESULTS = PageFacts.class.getName() + ".searchResults";

    private PageFacts() {}
}
