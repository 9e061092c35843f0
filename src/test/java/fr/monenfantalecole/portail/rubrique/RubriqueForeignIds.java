package fr.monenfantalecole.portail.rubrique;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The school pages' objects of the collectivité for the isolation campaign: a structure, a rubrique
 * with a version submitted by the school's director, and its document.
 */
@Component
class RubriqueForeignIds implements ForeignIds {

    @Override
    public void create(IsolationTenant t) {
        t.insert("structure", """
                insert into structure_locale (collectivite_id, nom, nature, adresse)
                values (?, 'Structure de la matrice', 'AUTRE', '1 rue de la Matrice') returning id""", t.id());
        t.insert("rubrique", """
                insert into rubrique (collectivite_id, position, titre)
                values (?, 99, 'Rubrique de la matrice') returning id""", t.id());
        t.insert("version", """
                insert into rubrique_version (rubrique_id, etablissement, etat, texte, auteur_id, soumis_le)
                values (?, ?, 'SOUMIS', 'Texte de la matrice', ?, now()) returning id""", t.number("rubrique"), t.school(), t.director());
        t.insert("document", """
                insert into rubrique_document (version_id, nom, contenu, taille)
                values (?, 'matrice.pdf', '\\x255044462d312e34'::bytea, 8) returning id""", t.number("version"));
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        return switch (variable) {
            case "rubriqueId" -> t.get("rubrique");
            case "documentId" -> t.get("document");
            case "userId" -> String.valueOf(t.director());
            case "direction" -> "monter";
            case "action" -> pattern.contains("actualites") ? null : "valider";
            case "versionId" -> pattern.startsWith("/admin/redaction") ? null : t.get("version");
            case "id" ->
                switch (segment) {
                    case "structures" -> t.get("structure");
                    case "rubriques" -> t.get("rubrique");
                    default -> null;
                };
            default -> null;
        };
    }
}
