package fr.monenfantalecole.portail.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something a parent can find.
 *
 * @param scope "national", or "c:{id}" for what belongs to one collectivité
 * @param commune INSEE code of an establishment's commune (scoped by territory instead)
 * @param theme the theme's label (searched), themeId its id (for links)
 * @param path the page's path below the collectivité's base path ("/questions/…")
 */
public record SearchDocument(
        Kind kind,
        String id,
        String scope,
        String title,
        List<String> questions,
        String summary,
        String body,
        String theme,
        String themeId,
        @Nullable String commune,
        @Nullable String niveau,
        String path) {

    /** What kind of answer, in the order results are grouped. */
    public enum Kind {
        FICHE("Questions-réponses"),
        ACTUALITE("Actualités"),
        ETABLISSEMENT("Écoles"),
        SERVICE("Services");

        private final String libelle;

        Kind(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
