package fr.monenfantalecole.portail.sector;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an agent narrows the coverage report to: a level, one school's sector (its UAI), and the
 * owner of the rules ("commune": the collectivité's own, which it can fix; "departement": the others).
 */
public record CoverageFilter(
        @Nullable String niveau,
        @Nullable String secteur,
        @Nullable String origine) {

    static final CoverageFilter NONE = new CoverageFilter(null, null, null);

    Coverage.Report apply(Coverage.Report report) {
        return report.filter(blankToNull(niveau), secteurNormalise(), blankToNull(origine));
    }

    public String niveauChoisi() {
        return niveau == null ? "" : niveau;
    }

    public String origineChoisie() {
        return origine == null ? "" : origine;
    }

    public String secteurSaisi() {
        return secteur == null ? "" : secteur;
    }

    public boolean actif() {
        return blankToNull(niveau) != null || secteurNormalise() != null || blankToNull(origine) != null;
    }

    /** The query string of this filter, for the CSV link. */
    public String query() {
        return "niveau=" + niveauChoisi() + "&secteur=" + secteurSaisi().strip() + "&origine=" + origineChoisie();
    }

    private @Nullable String secteurNormalise() {
        String s = blankToNull(secteur);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
