package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.support.ForeignIds;
import fr.monenfantalecole.portail.support.IsolationTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A local sheet of the collectivité for the isolation campaign; the national sheets and their
 * versions (the editorial team's) are anyone's to name.
 */
@Component
class FicheForeignIds implements ForeignIds {

    @Override
    public void create(IsolationTenant t) {
        var jdbc = t.jdbc();
        String theme = jdbc.queryForObject("select id from theme order by position limit 1", String.class);
        t.put("theme", theme);
        t.insert("fiche", """
                insert into fiche_locale (collectivite_id, theme_id, niveau, titre, bref, detail)
                values (?, ?, 'elementaire', 'Fiche de la matrice', 'Bref', 'Détail') returning id""", t.id(), theme);
        t.put(
                "ficheVersion",
                jdbc.queryForObject("select id::text from fiche_version order by id limit 1", String.class));
    }

    @Override
    public @Nullable String value(String pattern, String segment, String variable, IsolationTenant t) {
        boolean redaction = pattern.startsWith("/admin/redaction");
        return switch (variable) {
            case "theme" -> t.get("theme");
            case "ficheId" -> "L" + t.get("fiche");
            case "ref" -> pattern.contains("actualites") ? null : "L" + t.get("fiche");
            case "versionId" -> redaction ? t.get("ficheVersion") : null;
            case "id" ->
                switch (segment) {
                    case "locales" -> t.get("fiche");
                    case "fiches" -> redaction ? "CAN-001" : "L" + t.get("fiche");
                    default -> null;
                };
            default -> null;
        };
    }
}
