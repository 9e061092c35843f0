package fr.monenfantalecole.portail.audience;

import java.util.Locale;

/** The text of the monthly summary e-mail. */
final class SummaryText {

    private SummaryText() {}

    /** {@code dashboard}: the absolute address of the dashboard, the mail being read outside the portal. */
    static String of(Dashboard d, String month, String dashboard) {
        var text = new StringBuilder();
        text.append("Bonjour,\n\nVoici la fréquentation du portail de ")
                .append(d.nom())
                .append(" en ")
                .append(month)
                .append(", mesurée sans cookie ni suivi des personnes.\n\n");
        text.append("- Visites : ").append(d.totals().visites());
        if (d.evolution() != null) {
            text.append(" (")
                    .append(d.evolution() >= 0 ? "+" : "")
                    .append(d.evolution())
                    .append(" % sur le mois précédent)");
        }
        text.append("\n- Visiteurs uniques (par jour) : ").append(d.totals().visiteurs());
        text.append("\n- Pages vues : ").append(d.totals().vues());
        if (d.eleves() > 0) {
            text.append("\n- Visites par élève et par mois : ")
                    .append(String.format(Locale.FRANCE, "%.2f", d.visitesParEleveParMois()))
                    .append(" (objectif : 5)");
        }
        text.append("\n\nFiches les plus lues :\n");
        d.fiches().stream()
                .limit(5)
                .forEach(l -> text.append("- ")
                        .append(l.libelle())
                        .append(" : ")
                        .append(l.valeur())
                        .append('\n'));
        text.append("\nRecherches sans résultat :\n");
        if (d.zeroResults().isEmpty()) {
            text.append("- aucune\n");
        }
        d.zeroResults().stream()
                .limit(5)
                .forEach(s -> text.append("- « ")
                        .append(s.requete())
                        .append(" » : ")
                        .append(s.sansResultat())
                        .append('\n'));
        text.append("\nLe tableau de bord complet : ")
                .append(dashboard)
                .append("\n\nVous recevez ce résumé parce que vous l'avez demandé sur le tableau de bord ;"
                        + " vous pouvez l'y arrêter.\n");
        return text.toString();
    }
}
