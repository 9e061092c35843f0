package fr.monenfantalecole.portail.audience;

import java.util.List;

/**
 * A collectivité's dashboard over a period, as the page and the CSV show it.
 *
 * @param membres the member portals of an intercommunalité or a département, side by side (empty for a commune)
 * @param eleves the pupils of the écoles of the territory (head-count file), 0 when none is known
 * @param genere whether generated demo days are in the period
 */
public record Dashboard(
        String nom,
        String slug,
        Period period,
        AudienceFigures.Totals totals,
        AudienceFigures.Totals previous,
        List<AudienceFigures.Point> series,
        List<Line> zones,
        List<Line> fiches,
        List<Line> ecoles,
        List<AudienceFigures.Search> searches,
        List<AudienceFigures.Search> zeroResults,
        long carteScolaire,
        long quotient,
        long connexions,
        List<Line> canaux,
        List<Line> appareils,
        int eleves,
        String rentree,
        List<Line> membres,
        boolean genere) {

    /** A labelled figure of a table. */
    public record Line(String libelle, long valeur) {}

    /** Visits per pupil per month, the seed's indicator (target: 5). */
    public double visitesParEleveParMois() {
        return eleves == 0 ? 0 : totals.visites() / (double) eleves / period.months();
    }

    public double connexionsParEleveParMois() {
        return eleves == 0 ? 0 : connexions / (double) eleves / period.months();
    }

    /** The change from the previous period, in percent, or null when there was nothing before. */
    public @org.jspecify.annotations.Nullable Long evolution() {
        return previous.visites() == 0
                ? null
                : Math.round((totals.visites() - previous.visites()) * 100.0 / previous.visites());
    }
}
