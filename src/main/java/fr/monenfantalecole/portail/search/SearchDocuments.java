package fr.monenfantalecole.portail.search;

import fr.monenfantalecole.portail.fiche.FicheContent;
import fr.monenfantalecole.portail.fiche.FicheKey;
import fr.monenfantalecole.portail.fiche.Placeholder;
import fr.monenfantalecole.portail.fiche.QuestionsReponses;
import fr.monenfantalecole.portail.school.Etablissement;
import fr.monenfantalecole.portail.school.Niveau;
import java.util.List;

/** Turns sheets, news and establishments into search documents. */
public final class SearchDocuments {

    private SearchDocuments() {}

    /** A national sheet, its placeholders read as their national fallback. */
    public static SearchDocument nationalFiche(
            FicheKey.National key, String themeId, String themeLabel, String niveau, FicheContent c) {
        return new SearchDocument(
                SearchDocument.Kind.FICHE,
                key.ref(),
                "national",
                c.titre(),
                c.questions(),
                plain(c.bref()),
                plain(c.detail()),
                themeLabel,
                themeId,
                null,
                niveau,
                QuestionsReponses.url("", themeId, key, c.titre()));
    }

    /** A collectivité's own sheet, found on its portal only. */
    public static SearchDocument localFiche(
            long collectiviteId, FicheKey.Local key, String themeId, String themeLabel, String niveau, FicheContent c) {
        return new SearchDocument(
                SearchDocument.Kind.FICHE,
                key.ref(),
                "c:" + collectiviteId,
                c.titre(),
                List.of(),
                plain(c.bref()),
                plain(c.detail()),
                themeLabel,
                themeId,
                null,
                niveau,
                QuestionsReponses.url("", themeId, key, c.titre()));
    }

    public static SearchDocument news(
            @org.jspecify.annotations.Nullable Long collectiviteId,
            long id,
            String titre,
            String resume,
            String corps,
            String path) {
        return new SearchDocument(
                SearchDocument.Kind.ACTUALITE,
                "A" + id,
                collectiviteId == null ? "national" : "c:" + collectiviteId,
                titre,
                List.of(),
                resume,
                plain(corps),
                "Actualités",
                "",
                null,
                null,
                path);
    }

    public static SearchDocument establishment(Etablissement e) {
        Niveau niveau = e.niveau();
        String kindWords = niveau == null ? "" : niveau.libelle();
        return new SearchDocument(
                SearchDocument.Kind.ETABLISSEMENT,
                e.uai(),
                ScopeFilter.SCOPE_ESTABLISHMENT,
                e.nom(),
                List.of(kindWords + " " + e.nomCommune()),
                kindWords + " " + e.statutLibelle().toLowerCase() + " — " + e.adresseComplete(),
                e.nomCommune() + " " + String.join(" ", e.niveauxLibelles()),
                "Écoles",
                "",
                e.codeCommune(),
                niveau == Niveau.COLLEGE ? "college" : "ecole",
                "/ecoles/" + e.uai());
    }

    /** Markdown as plain words: placeholders read as their fallback, markup removed. */
    static String plain(String markdown) {
        String text = Placeholder.in(markdown).isEmpty()
                ? markdown
                : markdown.replaceAll("\\{\\{\\s*(?:local|tarifs):[A-Za-z0-9_.\\-]+\\s*(?:\\|\\s*(.*?))?\\s*}}", "$1");
        return text.replaceAll("(?m)^#{1,6}\\s*", "")
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("[*_`>]", "")
                .replaceAll("(?m)^\\s*[-+]\\s+", "")
                .strip();
    }
}
