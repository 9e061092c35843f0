package fr.monenfantalecole.portail.service;

import fr.monenfantalecole.portail.shared.RichText;
import java.util.Objects;

/**
 * One service's grid as a sheet shows it: its name, its school year, each tranche's price and the
 * rules. The grid is a valid one (a taux d'effort has its rate, floor and ceiling).
 */
final class GrilleTexte {

    private GrilleTexte() {}

    static String html(Prestation p) {
        var g = p.grille();
        var html = new StringBuilder("<p><strong>")
                .append(RichText.escape(p.nom()))
                .append("</strong> (année scolaire ")
                .append(p.anneeScolaire())
                .append("), prix ")
                .append(RichText.escape(p.unite()))
                .append(" :</p><ul>");
        if (g.mode() == Grille.Mode.TRANCHES) {
            for (int i = 0; i < g.tranches().size(); i++) {
                var t = g.tranches().get(i);
                item(html, quotient(g.libelle(t, i == 0)) + " : " + Montants.euros(t.prixCentimes()));
            }
        } else {
            item(
                    html,
                    Montants.pourcentTexte(Objects.requireNonNull(g.tauxPourcent()))
                            + " de votre quotient familial, au moins "
                            + Montants.euros(Objects.requireNonNull(g.plancherCentimes())) + " et au plus "
                            + Montants.euros(Objects.requireNonNull(g.plafondCentimes())));
        }
        item(html, "Sans quotient familial : " + Montants.euros(g.prixDefautCentimes()));
        switch (g.nonResident().regle()) {
            case MAJORATION ->
                item(
                        html,
                        "Familles qui n'habitent pas la collectivité : prix majoré de "
                                + Montants.pourcentTexte(
                                        Objects.requireNonNull(g.nonResident().majorationPourcent())));
            case PRIX_FIXE ->
                item(
                        html,
                        "Familles qui n'habitent pas la collectivité : "
                                + Montants.euros(
                                        Objects.requireNonNull(g.nonResident().prixCentimes())));
            case IDENTIQUE -> {}
        }
        if (g.fratrie().active()) {
            item(
                    html,
                    "À partir du " + g.fratrie().aPartirDuRang() + "e enfant inscrit : − "
                            + Montants.pourcentTexte(
                                    Objects.requireNonNull(g.fratrie().reductionPourcent())));
        }
        return html.append("</ul>").toString();
    }

    /** "De 450 € à moins de 700 €" reads "Quotient familial de 450 € à moins de 700 €". */
    private static String quotient(String tranche) {
        return tranche.startsWith("Tous")
                ? tranche
                : "Quotient familial " + Character.toLowerCase(tranche.charAt(0)) + tranche.substring(1);
    }

    private static void item(StringBuilder html, String text) {
        html.append("<li>").append(RichText.escape(text)).append("</li>");
    }
}
