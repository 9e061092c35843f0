package fr.monenfantalecole.portail.fiche;

import fr.monenfantalecole.portail.shared.web.Icons;
import java.util.Map;

/** The icon of each theme of questions-réponses (Lucide names); a theme added later shows a generic one. */
public final class ThemeIcons {

    private static final Map<String, String> ICONS = Map.ofEntries(
            Map.entry("inscription-scolaire", "file-pen-line"),
            Map.entry("petite-enfance", "baby"),
            Map.entry("maternelle", "blocks"),
            Map.entry("elementaire", "book-open"),
            Map.entry("college", "graduation-cap"),
            Map.entry("orientation", "compass"),
            Map.entry("vie-scolaire-famille", "users"),
            Map.entry("cantine", "utensils"),
            Map.entry("periscolaire", "sun"),
            Map.entry("centre-de-loisirs", "tent"),
            Map.entry("transport", "bus"),
            Map.entry("sante", "heart-pulse"),
            Map.entry("handicap-inclusion", "accessibility"),
            Map.entry("securite-harcelement", "shield-check"),
            Map.entry("aides-financieres", "hand-coins"),
            Map.entry("calendrier-vacances", "calendar-days"),
            Map.entry("numerique-ent", "monitor-smartphone"),
            Map.entry("scolarites-particulieres", "route"));

    private ThemeIcons() {}

    public static String svg(String themeId) {
        return Icons.svg(ICONS.getOrDefault(themeId, "info"));
    }
}
