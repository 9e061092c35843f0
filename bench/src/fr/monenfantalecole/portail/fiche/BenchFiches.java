package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.search.SearchDocument;
import fr.monenfantalecole.portail.search.SearchDocuments;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmarks' door to the catalogue files: {@link FicheFile} is the fiche module's own reader
 * (package-private), so the benchmarks get the search document a file makes from here.
 */
public final class BenchFiches {

    private BenchFiches() {}

    /** The national sheet a catalogue file holds, as the search index takes it; empty if it does not parse. */
    public static Optional<SearchDocument> searchDocument(String text, Map<String, String> themeLabels) {
        var fiche = FicheFile.parse(text).fiche();
        if (fiche == null) {
            return Optional.empty();
        }
        return Optional.of(SearchDocuments.nationalFiche(
                new FicheKey.National(fiche.id()),
                fiche.theme(),
                themeLabels.get(fiche.theme()),
                fiche.niveau(),
                fiche.content()));
    }
}
