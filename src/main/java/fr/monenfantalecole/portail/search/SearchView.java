package fr.monenfantalecole.portail.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The results page: the answers that are not fiches (a place, dates, the calculator) above the fiches;
 * corrected is the query as the ranking read it when it replaced misspelt words (null otherwise).
 */
public record SearchView(
        String query,
        int total,
        boolean guesses,
        Map<SearchDocument.Kind, List<SearchIndex.Hit>> groups,
        @Nullable String corrected,
        List<ThemeLink> closestThemes,
        @Nullable String telephone,
        @Nullable String email,
        List<Answer> answers) {}
