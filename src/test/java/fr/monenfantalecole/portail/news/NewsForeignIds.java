package fr.monenfantalecole.portail.news;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A news item of the collectivité, for the isolation campaign. */
@Component
class NewsForeignIds implements ForeignIds {

    @Override
    public void create(IsolationTenant t) {
        t.insert("news", """
                insert into actualite (collectivite_id, titre, resume, corps, publie_le)
                values (?, 'Actualité de la matrice', 'Résumé', 'Corps', current_date - 1) returning id""", t.id());
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        if (!pattern.contains("actualites")) {
            return null;
        }
        return switch (variable) {
            case "action" -> "masquer";
            case "ref" -> t.get("news");
            case "id" -> segment.equals("actualites") ? t.get("news") : null;
            default -> null;
        };
    }
}
